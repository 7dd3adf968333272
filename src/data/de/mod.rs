//! One serde pass from JSON or YAML text straight to a [`Partner`].
//!
//! Every visitor here accepts any value: a value of the wrong kind, a bad date,
//! a missing field are recorded as [`Issue`]s and reading goes on, so that one
//! run reports every problem. Only a syntax error stops the pass (serde cannot
//! resynchronise after one), and in YAML a list or mapping where a scalar field
//! belongs (see [`Ctx::field`]).
//!
//! Clean data pays for none of this: each field is read by a visitor typed for
//! it, and positions are worked out only for problems. A string serde lends
//! from the input is located by pointer arithmetic ([`Ctx::loc_of`]).

mod partner;
mod shape;
mod value;

use serde::de::MapAccess;

use super::catalog::Catalog;
use super::problem::{Found, Issue, Key, Loc, Obj, Path, Problem, Target, Where};
use shape::Seen;
use value::{FieldSeed, Miss, Typed};

pub(crate) use partner::PartnerSeed;

/// State shared by the whole pass.
pub(crate) struct Ctx<'a, 'p> {
    pub cat: &'a Catalog<'p>,
    pub text: &'a str,
    pub yaml: bool,
    pub issues: Vec<Issue>,
    /// Number of issues that are errors, not warnings.
    pub errors: usize,
    /// The pass stopped on a problem recorded as the last issue.
    pub fatal: bool,
}

impl<'a, 'p> Ctx<'a, 'p> {
    pub(crate) fn new(cat: &'a Catalog<'p>, text: &'a str, yaml: bool) -> Self {
        Ctx {
            cat,
            text,
            yaml,
            issues: Vec::new(),
            errors: 0,
            fatal: false,
        }
    }

    fn push(&mut self, path: Path, problem: Problem, at: Where) {
        if !problem.is_warning() {
            self.errors += 1;
        }
        self.issues.push(Issue { path, problem, at });
    }

    /// The position of `s` in the text, if serde lent it from there; quotes
    /// around it are included.
    pub(crate) fn loc_of(&self, s: &str) -> Option<Loc> {
        let base = self.text.as_ptr() as usize;
        let ptr = s.as_ptr() as usize;
        if ptr < base || ptr + s.len() > base + self.text.len() {
            return None;
        }
        let start = ptr - base;
        let end = start + s.len();
        let b = self.text.as_bytes();
        match (start.checked_sub(1).map(|i| b[i]), b.get(end)) {
            (Some(q @ (b'"' | b'\'')), Some(&close)) if close == q => Some(Loc {
                start: start - 1,
                end: end + 1,
            }),
            _ => Some(Loc { start, end }),
        }
    }

    /// Positions of a value and its field name, from the strings serde lent.
    fn at(&self, value: Option<&str>, key: Option<&str>) -> Where {
        Where {
            value: value.and_then(|s| self.loc_of(s)),
            key: key.and_then(|s| self.loc_of(s)),
        }
    }

    /// Reads the value of field `key` as `T`; a problem is recorded and gives `None`.
    ///
    /// In YAML, textual fields are read with `deserialize_str`, which hands over
    /// the scalar exactly as written: `amount: 60000.10` stays `60000.10`
    /// instead of passing through an `f64`, and `id: 0042` stays `0042`. Its
    /// price: a list or mapping there is an error serde_yaml_ng does not let us
    /// skip, so that problem is recorded and ends the pass.
    fn field<'de, A: MapAccess<'de>, T: Typed<'de>>(
        &mut self,
        map: &mut A,
        obj: Obj,
        key: Key,
        key_src: Option<&'de str>,
        typed: T,
    ) -> Result<Option<T::Out>, A::Error> {
        let yaml_text = self.yaml && T::TEXTUAL;
        let path = Path {
            obj,
            target: Target::Value(key),
        };
        match map.next_value_seed(FieldSeed { typed, yaml_text }) {
            Ok(Ok(v)) => Ok(Some(v)),
            Ok(Err(Miss(miss))) => {
                let (problem, src) = *miss;
                let at = self.at(src, key_src);
                self.push(path, problem, at);
                Ok(None)
            }
            Err(e) => {
                let msg = e.to_string();
                if yaml_text && msg.contains("invalid type: ") {
                    let found = if msg.contains("invalid type: sequence") {
                        Found::List
                    } else {
                        Found::Object
                    };
                    let at = self.at(None, key_src);
                    self.push(path, Problem::WrongType(found), at);
                    self.fatal = true;
                }
                Err(e)
            }
        }
    }

    /// Reports required fields that `seen` lacks.
    fn missing(&mut self, obj: Obj, seen: &Seen, required: &[Key]) {
        if required.iter().all(|k| seen.keys & k.bit() != 0) {
            return;
        }
        let at = self.at(seen.first_key, None);
        let path = Path {
            obj,
            target: Target::Whole,
        };
        let absent = required
            .iter()
            .copied()
            .filter(|k| seen.keys & k.bit() == 0)
            .collect();
        self.push(path, Problem::Missing(absent), at);
    }

    /// Reports an id the rules do not know.
    fn unknown(&mut self, obj: Obj, key: Key, src: Option<&str>, problem: Problem) {
        let path = Path {
            obj,
            target: Target::Value(key),
        };
        let at = self.at(src, None);
        self.push(path, problem, at);
    }
}
