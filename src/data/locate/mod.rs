//! Finding where a problem is in the data text, when parsing did not say.
//!
//! Three ways, cheapest first (see [`Locator::value`]):
//! 1. the position the loader got for free (a string lent from the text);
//! 2. the value right after its field name, when the name's position is known
//!    ([`value_after_key`], a scan of a few bytes);
//! 3. walking the document to the path: for JSON a small byte scanner
//!    ([`json`]); for YAML a second serde_yaml_ng pass that fails on purpose
//!    at the path, so that the error carries libyaml's position ([`yaml`]).
//!
//! Way 3 costs a pass over the file, so a [`Locator`] does it at most
//! [`Locator::BUDGET`] times per load; beyond that, and whenever a path cannot
//! be followed, the nearest enclosing object that can be found is labelled.

pub(crate) mod json;
pub(crate) mod yaml;

use super::problem::{Loc, Obj, Path, Target, Where};
use super::Format;

/// One step from a container to a value inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Key(&'static str),
    Index(usize),
}

pub(crate) fn steps(obj: Obj) -> Vec<Step> {
    match obj {
        Obj::Partner => vec![],
        Obj::Line(i) => vec![Step::Key("revenue"), Step::Index(i)],
        Obj::Individual(i) => vec![Step::Key("individuals"), Step::Index(i)],
        Obj::Pass(i, j) => vec![
            Step::Key("individuals"),
            Step::Index(i),
            Step::Key("exams"),
            Step::Index(j),
        ],
    }
}

/// Works out positions for diagnostics of one file.
pub(crate) struct Locator<'t> {
    text: &'t str,
    format: Format,
    budget: usize,
}

impl<'t> Locator<'t> {
    /// How many full walks of the document one load may do.
    pub(crate) const BUDGET: usize = 64;

    pub(crate) fn new(text: &'t str, format: Format) -> Self {
        Locator {
            text,
            format,
            budget: Self::BUDGET,
        }
    }

    /// The span to label for a problem at `path`.
    pub(crate) fn find(&mut self, path: Path, at: Where) -> Loc {
        let quick = match path.target {
            Target::Value(_) => at.value.or_else(|| {
                at.key
                    .and_then(|k| value_after_key(self.text, k, self.format))
            }),
            Target::RepeatedKey(_) => at.value,
            Target::Whole => at.value.map(|first_key| self.object_at(first_key)),
        };
        quick
            .or_else(|| self.walk(path))
            .or(at.key)
            .unwrap_or(Loc { start: 0, end: 0 })
    }

    /// An object, given its first field name: in JSON its `{`, in YAML the name.
    fn object_at(&self, first_key: Loc) -> Loc {
        if self.format == Format::Json {
            let before = self.text[..first_key.start].trim_end();
            if before.ends_with('{') {
                let start = before.len() - 1;
                return Loc {
                    start,
                    end: start + 1,
                };
            }
        }
        first_key
    }

    fn walk(&mut self, path: Path) -> Option<Loc> {
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        match self.format {
            Format::Json => json::locate(self.text, path),
            Format::Yaml => yaml::locate(self.text, path),
        }
    }
}

/// The value after a field name at `key`: `"amount": 5` → `5`.
pub(crate) fn value_after_key(text: &str, key: Loc, format: Format) -> Option<Loc> {
    let b = text.as_bytes();
    let mut i = key.end;
    let blank = |c: u8| match format {
        Format::Json => matches!(c, b' ' | b'\t' | b'\n' | b'\r'),
        Format::Yaml => matches!(c, b' ' | b'\t'),
    };
    while b.get(i).is_some_and(|&c| blank(c)) {
        i += 1;
    }
    if b.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    while b.get(i).is_some_and(|&c| blank(c)) {
        i += 1;
    }
    match (format, b.get(i)) {
        (_, None) | (Format::Yaml, Some(b'\n' | b'\r' | b'#')) => None,
        (Format::Json, _) => Some(json::token(b, i)),
        (Format::Yaml, _) => Some(yaml::token(text, i)),
    }
}
