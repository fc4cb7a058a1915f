//! Rendering: Markdown to HTML, code highlighting, and the Tera templates that lay out pages.

pub mod bodies;
pub mod data;
pub mod escape;
pub mod feed;
pub mod highlight;
pub mod markdown;
pub mod pages;
pub mod search;
pub mod templates;
pub mod views;

pub use pages::{Bodies, PageKind};
pub use templates::{Templates, ThemeSource};
pub mod paginate;
