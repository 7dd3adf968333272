//! Arguments of a message: plain data, turned into words only when rendered,
//! so that one diagnostic can be printed in any language.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};
use rust_decimal::Decimal;
use serde::Serialize;

use super::format::{join, money};
use super::Lang;

/// The word that ends a list: "a, b or c", "a, b and c".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Conj {
    /// "or" / "ou".
    Or,
    /// "and" / "et".
    And,
}

/// One argument value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Arg {
    /// Text put in as is (an id, a name, a fragment of source).
    Str(String),
    /// A whole number; selects plural forms in the catalog.
    Int(i64),
    /// Ids, each shown in backticks and joined: "`a`, `b` or `c`".
    Ids(Vec<String>, Conj),
    /// Words joined without backticks: "a, b or c".
    Words(Vec<String>, Conj),
    /// An exact amount in a currency, formatted per language.
    Money {
        /// The amount.
        amount: Decimal,
        /// The currency id (`USD`).
        currency: String,
    },
    /// A calendar day, shown as `YYYY-MM-DD` in every language.
    Date(NaiveDate),
    /// Phrases, each worded in the language, joined: "`}`, a name or end of file".
    Phrases(Vec<Phrase>, Conj),
}

/// One item of [`Arg::Phrases`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Phrase {
    /// Code, shown in backticks in every language (a keyword, `{`).
    Code(String),
    /// A catalog message without arguments, by id ("a name", "un nom").
    Text(&'static str),
}

impl Phrase {
    /// The phrase in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Phrase::Code(c) => format!("`{c}`"),
            Phrase::Text(id) => super::word(lang, id),
        }
    }
}

impl Arg {
    /// Ids joined with `conj`.
    pub fn ids<S: Into<String>>(items: impl IntoIterator<Item = S>, conj: Conj) -> Arg {
        Arg::Ids(items.into_iter().map(Into::into).collect(), conj)
    }

    /// Words joined with `conj`.
    pub fn words<S: Into<String>>(items: impl IntoIterator<Item = S>, conj: Conj) -> Arg {
        Arg::Words(items.into_iter().map(Into::into).collect(), conj)
    }

    /// Phrases joined with `conj`.
    pub fn phrases(items: impl IntoIterator<Item = Phrase>, conj: Conj) -> Arg {
        Arg::Phrases(items.into_iter().collect(), conj)
    }

    /// An amount of money.
    pub fn money(amount: Decimal, currency: impl Into<String>) -> Arg {
        Arg::Money {
            amount,
            currency: currency.into(),
        }
    }

    /// The value as Fluent sees it in `lang`.
    fn to_fluent(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Ids(items, conj) => {
                let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
                FluentValue::from(join(lang, &quoted, *conj))
            }
            Arg::Words(items, conj) => FluentValue::from(join(lang, items, *conj)),
            Arg::Money { amount, currency } => FluentValue::from(money(lang, *amount, currency)),
            Arg::Date(d) => FluentValue::from(d.to_string()),
            Arg::Phrases(items, conj) => {
                let words: Vec<String> = items.iter().map(|p| p.words(lang)).collect();
                FluentValue::from(join(lang, &words, *conj))
            }
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

/// Named arguments of a message, in the order given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args(Vec::new())
    }

    /// Adds (or replaces) the argument `name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Args {
        self.set(name, value);
        self
    }

    /// Sets the argument `name`.
    pub fn set(&mut self, name: &'static str, value: impl Into<Arg>) {
        let value = value.into();
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    /// The argument `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Every argument, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.0.iter().map(|(n, v)| (*n, v))
    }

    pub(super) fn to_fluent(&self, lang: Lang) -> FluentArgs<'static> {
        let mut out = FluentArgs::with_capacity(self.0.len());
        for (name, value) in &self.0 {
            out.set(*name, value.to_fluent(lang));
        }
        out
    }
}
