//! Rendering: diagnostics and evaluation outcomes as human text or JSON.

mod diagnostics;

pub use diagnostics::{diagnostic_json, render_diagnostic, Style};
