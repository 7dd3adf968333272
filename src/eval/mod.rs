//! Evaluation of partners against a compiled program.

pub mod assign;
pub mod matching;
