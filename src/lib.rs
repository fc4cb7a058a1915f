//! accord: a static site generator for public explainers of official statements.
//!
//! The pipeline, one module per stage:
//! [`seed`] reads the original documents, [`content`] the authors' Markdown, [`link`] finds the
//! mentions and builds the cross-link graph, [`render`] lays out the pages, and [`output`] writes
//! them. [`build`] runs the stages in order; [`serve`] and [`check`] sit on top, and [`incremental`]
//! keeps a build up to date for `serve`.

pub mod build;
pub mod check;
pub mod content;
pub mod date;
pub mod error;
pub mod html;
pub mod i18n;
pub mod init;
pub mod languages;
pub mod link;
pub mod load;
pub mod memo;
pub mod output;
pub mod owners;
pub mod progress;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod seed;
pub mod serve;
pub mod site;
pub mod text;
pub mod theme;
pub mod tree;
pub mod urls;

pub use build::{build, build_in_memory, BuildOptions, Site};
pub use error::{Error, Result};
