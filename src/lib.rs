//! rubric: a declarative language, compiler and evaluator for partner-program competencies.

pub mod data;
pub mod ir;
pub mod span;
