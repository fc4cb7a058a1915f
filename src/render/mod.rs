//! Rendering: Markdown to HTML, code highlighting, and the pages the templates lay out. Pure:
//! no file I/O (the templates are loaded by [`crate::theme`]).

pub mod bodies;
pub mod data;
pub mod escape;
pub mod extras;
pub mod feed;
pub mod globals;
pub mod highlight;
pub mod i18n;
pub mod json_ld;
pub mod markdown;
pub mod pages;
pub mod previews;
pub mod views;

pub use crate::theme::{Templates, ThemeSource};
pub use pages::{Bodies, PageKind};
pub mod paginate;
