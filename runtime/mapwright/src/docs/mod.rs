//! `mapwright docs`: a readable table per transform, built from the checked IR. Rules are shown
//! with the exact YAML text they were written with (the spans point into the source files), so
//! the table never drifts from what runs.

mod html;
mod markdown;
mod table;

pub use html::render_html;
pub use markdown::render_markdown;
pub use table::{OptionTable, Row, TransformDoc, build};

/// Option sets with more options than this are summarised (count and a few examples), not listed.
pub const MAX_LISTED_OPTIONS: usize = 300;
