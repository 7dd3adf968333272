//! What can be wrong with partner data, and where, before it becomes a diagnostic.
//!
//! The loader records a [`Problem`] at a [`Path`] with whatever position it got
//! for free while parsing (a [`Where`]); positions are only worked out fully
//! when a diagnostic is built, so clean data never pays for them.

use super::scalar::{AmountError, DateError};

/// A byte range in the data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Loc {
    pub start: usize,
    pub end: usize,
}

/// Positions known for a value when it was read: its own, and its field name's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Where {
    /// The value itself (a string borrowed from the text), or for a whole
    /// object its first field name.
    pub value: Option<Loc>,
    /// The field name the value belongs to.
    pub key: Option<Loc>,
}

/// A field name of the partner format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Id,
    Name,
    Country,
    AsOf,
    Revenue,
    Individuals,
    Customer,
    Product,
    Kind,
    Amount,
    Currency,
    Date,
    Dpor,
    Exams,
    Exam,
    Passed,
    /// A field this version does not know; ignored.
    Other,
    /// The key under which serde_json (`arbitrary_precision`) passes a number
    /// as text: `$serde_json::private::Number`.
    Number,
}

impl Key {
    /// The key spelled `name`.
    pub(crate) fn parse(name: &str) -> Key {
        // Byte-string patterns let the compiler compare by length and then by
        // whole words, without calling `memcmp`: this runs for every field.
        match name.as_bytes() {
            b"id" => Key::Id,
            b"name" => Key::Name,
            b"country" => Key::Country,
            b"as_of" => Key::AsOf,
            b"revenue" => Key::Revenue,
            b"individuals" => Key::Individuals,
            b"customer" => Key::Customer,
            b"product" => Key::Product,
            b"kind" => Key::Kind,
            b"amount" => Key::Amount,
            b"currency" => Key::Currency,
            b"date" => Key::Date,
            b"dpor" => Key::Dpor,
            b"exams" => Key::Exams,
            b"exam" => Key::Exam,
            b"passed" => Key::Passed,
            b"$serde_json::private::Number" => Key::Number,
            _ => Key::Other,
        }
    }

    /// The field name as written in data.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Key::Id => "id",
            Key::Name => "name",
            Key::Country => "country",
            Key::AsOf => "as_of",
            Key::Revenue => "revenue",
            Key::Individuals => "individuals",
            Key::Customer => "customer",
            Key::Product => "product",
            Key::Kind => "kind",
            Key::Amount => "amount",
            Key::Currency => "currency",
            Key::Date => "date",
            Key::Dpor => "dpor",
            Key::Exams => "exams",
            Key::Exam => "exam",
            Key::Passed => "passed",
            Key::Other | Key::Number => "?",
        }
    }

    /// A bit for sets of keys.
    pub(crate) fn bit(self) -> u32 {
        1 << self as u32
    }

    /// What a value of this field must be, for "expected ..." messages.
    pub(crate) fn expected(self) -> &'static str {
        match self {
            Key::Country => "a two-letter country code",
            Key::AsOf | Key::Date | Key::Passed => "a date `YYYY-MM-DD`",
            Key::Amount => "a decimal string or a number",
            Key::Dpor => "`true` or `false`",
            Key::Revenue => "a list of revenue lines",
            Key::Individuals => "a list of individuals",
            Key::Exams => "a list of exam passes",
            _ => "a string",
        }
    }

    /// How to write the field, for the help of "missing" and "wrong type" messages.
    pub(crate) fn how(self) -> &'static str {
        match self {
            Key::Id => "an identifier string, e.g. `\"contoso\"`",
            Key::Name => "a display name string",
            Key::Country => "the ISO 3166-1 alpha-2 code of the partner's country, e.g. `\"FR\"`",
            Key::AsOf => "the evaluation date as `\"YYYY-MM-DD\"`",
            Key::Revenue => "a list of revenue line objects",
            Key::Individuals => "a list of individual objects",
            Key::Customer => "the customer's identifier string",
            Key::Product => "the product id from the rules, e.g. `\"crm-online\"`",
            Key::Kind => "the revenue kind id from the rules, e.g. `\"net-new\"`",
            Key::Amount => "the amount as a decimal string, e.g. `\"60000.00\"`",
            Key::Currency => "the currency code, e.g. `\"USD\"`",
            Key::Date => "the day of the sale as `\"YYYY-MM-DD\"`",
            Key::Dpor => {
                "`true` if the partner is Digital Partner of Record for this customer, else `false`"
            }
            Key::Exams => "a list of exam pass objects",
            Key::Exam => "the exam id, e.g. `\"MB2-714\"`",
            Key::Passed => "the day the exam was passed as `\"YYYY-MM-DD\"`",
            Key::Other | Key::Number => "a value",
        }
    }
}

/// An object of the partner format, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Obj {
    /// The top-level partner object.
    Partner,
    /// `revenue[i]`.
    Line(usize),
    /// `individuals[i]`.
    Individual(usize),
    /// `individuals[i].exams[j]`.
    Pass(usize, usize),
}

impl Obj {
    /// The object's path, e.g. `individuals[1].exams[0]`; empty for the partner.
    pub(crate) fn path(self) -> String {
        match self {
            Obj::Partner => String::new(),
            Obj::Line(i) => format!("revenue[{i}]"),
            Obj::Individual(i) => format!("individuals[{i}]"),
            Obj::Pass(i, j) => format!("individuals[{i}].exams[{j}]"),
        }
    }

    /// What the object is, e.g. "revenue line".
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Obj::Partner => "partner",
            Obj::Line(_) => "revenue line",
            Obj::Individual(_) => "individual",
            Obj::Pass(..) => "exam pass",
        }
    }
}

/// What a problem is about inside an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The object itself.
    Whole,
    /// The value of a field.
    Value(Key),
    /// The second occurrence of a field name.
    RepeatedKey(Key),
}

/// Where in the partner a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Path {
    pub obj: Obj,
    pub target: Target,
}

impl Path {
    /// The path of a field value, e.g. `revenue[3].amount`.
    pub(crate) fn text(self) -> String {
        let base = self.obj.path();
        match self.target {
            Target::Whole => base,
            Target::Value(k) | Target::RepeatedKey(k) if base.is_empty() => k.name().to_owned(),
            Target::Value(k) | Target::RepeatedKey(k) => format!("{base}.{}", k.name()),
        }
    }
}

/// The kind of value found where another was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    String,
    Number,
    Boolean,
    Null,
    List,
    Object,
    Tagged,
}

impl Found {
    /// With its article, e.g. "a number".
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Found::String => "a string",
            Found::Number => "a number",
            Found::Boolean => "a boolean",
            Found::Null => "null",
            Found::List => "a list",
            Found::Object => "an object",
            Found::Tagged => "a tagged value",
        }
    }
}

/// One problem with partner data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Required fields are absent (at the object).
    Missing(Vec<Key>),
    /// A value of the wrong kind.
    WrongType(Found),
    /// A field given twice in one object (at the second name).
    RepeatedKey,
    BadDate {
        text: String,
        error: DateError,
    },
    BadAmount {
        text: String,
        error: AmountError,
    },
    NegativeAmount(String),
    UnknownCountry(String),
    NoMarket(String),
    /// An individual id already used by the individual at `first`.
    DuplicateIndividual {
        id: String,
        first: Path,
        first_at: Where,
    },
    UnknownProduct(String),
    UnknownKind(String),
    UnknownCurrency(String),
    UnknownExam(String),
}

impl Problem {
    /// Warnings leave the partner usable; everything else rejects it.
    pub(crate) fn is_warning(&self) -> bool {
        matches!(
            self,
            Problem::UnknownProduct(_)
                | Problem::UnknownKind(_)
                | Problem::UnknownCurrency(_)
                | Problem::UnknownExam(_)
        )
    }
}

/// A problem, where it is, and what position was known when it was found.
#[derive(Clone, Debug)]
pub(crate) struct Issue {
    pub path: Path,
    pub problem: Problem,
    pub at: Where,
}
