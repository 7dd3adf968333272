//! rubric: a declarative language, compiler and evaluator for partner-program competencies.

pub mod eval;
pub mod ir;
pub mod span;
