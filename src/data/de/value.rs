//! Reading one value: a field typed for what it accepts, or a field name.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess, VariantAccess,
    Visitor,
};

use super::super::catalog::{Catalog, Table};
use super::super::problem::{Found, Key, Problem};
use super::super::scalar::{parse_amount, parse_date, AmountError};
use super::super::SmallStr;

/// Why a value was refused, and the string serde lent for it, if any. Boxed:
/// it is rare, and keeps the `Result`s of the clean path small.
pub(super) struct Miss<'de>(pub(super) Box<(Problem, Option<&'de str>)>);

impl<'de> Miss<'de> {
    fn new(problem: Problem, src: Option<&'de str>) -> Miss<'de> {
        Miss(Box::new((problem, src)))
    }
}

pub(super) fn wrong<'de, T>(found: Found, src: Option<&'de str>) -> Result<T, Miss<'de>> {
    Err(Miss::new(Problem::WrongType(found), src))
}

/// A number as serde gave it.
pub(super) enum Num<'a> {
    Int(i128),
    /// serde_json's text of a number (`arbitrary_precision`), or a huge integer.
    Text(&'a str),
    Float(f64),
}

/// What one field accepts. Each kind of value goes to its method; those not
/// overridden refuse it as the wrong type.
pub(super) trait Typed<'de>: Sized {
    type Out;
    /// In YAML, read the scalar as written (see [`Ctx::field`]).
    const TEXTUAL: bool = true;

    fn text(self, _s: &str, src: Option<&'de str>) -> Result<Self::Out, Miss<'de>> {
        wrong(Found::String, src)
    }

    fn number(self, _n: Num) -> Result<Self::Out, Miss<'de>> {
        wrong(Found::Number, None)
    }

    fn boolean(self, _b: bool) -> Result<Self::Out, Miss<'de>> {
        wrong(Found::Boolean, None)
    }

    fn null(self) -> Result<Self::Out, Miss<'de>> {
        wrong(Found::Null, None)
    }
}

/// A string, with the text serde lent for it (to locate it later).
pub(super) struct Text {
    pub(super) nullable: bool,
}

impl<'de> Typed<'de> for Text {
    type Out = Option<(SmallStr, Option<&'de str>)>;

    fn text(self, s: &str, src: Option<&'de str>) -> Result<Self::Out, Miss<'de>> {
        Ok(Some((SmallStr::new(s), src)))
    }

    fn null(self) -> Result<Self::Out, Miss<'de>> {
        if self.nullable {
            Ok(None)
        } else {
            wrong(Found::Null, None)
        }
    }
}

/// An id of one of the program's catalogs, looked up while serde lends it.
pub(super) struct Known<'c, 'p> {
    pub(super) cat: &'c Catalog<'p>,
    pub(super) table: Table,
}

impl<'de> Typed<'de> for Known<'_, '_> {
    type Out = (Option<u32>, SmallStr, Option<&'de str>);

    fn text(self, s: &str, src: Option<&'de str>) -> Result<Self::Out, Miss<'de>> {
        Ok((self.cat.lookup(self.table, s), SmallStr::new(s), src))
    }
}

/// A date `YYYY-MM-DD`.
pub(super) struct Date {
    pub(super) nullable: bool,
}

impl<'de> Typed<'de> for Date {
    type Out = Option<NaiveDate>;

    fn text(self, s: &str, src: Option<&'de str>) -> Result<Self::Out, Miss<'de>> {
        match parse_date(s) {
            Ok(d) => Ok(Some(d)),
            Err(error) => {
                let text = s.to_owned();
                Err(Miss::new(Problem::BadDate { text, error }, src))
            }
        }
    }

    fn null(self) -> Result<Self::Out, Miss<'de>> {
        if self.nullable {
            Ok(None)
        } else {
            wrong(Found::Null, None)
        }
    }
}

/// An exact amount, zero or more.
pub(super) struct Amount;

impl Amount {
    fn check<'de>(
        text: &str,
        parsed: Result<Decimal, AmountError>,
        src: Option<&'de str>,
    ) -> Result<Decimal, Miss<'de>> {
        let problem = match parsed {
            Ok(d) if d.is_sign_negative() && !d.is_zero() => {
                Problem::NegativeAmount(text.to_owned())
            }
            Ok(d) => return Ok(d),
            Err(error) => Problem::BadAmount {
                text: text.to_owned(),
                error,
            },
        };
        Err(Miss::new(problem, src))
    }
}

impl<'de> Typed<'de> for Amount {
    type Out = Decimal;

    fn text(self, s: &str, src: Option<&'de str>) -> Result<Decimal, Miss<'de>> {
        Amount::check(s, parse_amount(s), src)
    }

    fn number(self, n: Num) -> Result<Decimal, Miss<'de>> {
        match n {
            Num::Int(i) => Amount::check(
                &i.to_string(),
                Decimal::try_from_i128_with_scale(i, 0).map_err(|_| AmountError::OutOfRange),
                None,
            ),
            Num::Text(s) => Amount::check(s, parse_amount(s), None),
            // Only without `arbitrary_precision`: Rust prints an f64 as the
            // shortest text that reads back as the same f64.
            Num::Float(f) => {
                let s = f.to_string();
                Amount::check(&s, parse_amount(&s), None)
            }
        }
    }
}

/// `true` or `false` (null: false).
pub(super) struct Flag;

impl<'de> Typed<'de> for Flag {
    type Out = bool;
    const TEXTUAL: bool = false;

    fn boolean(self, b: bool) -> Result<bool, Miss<'de>> {
        Ok(b)
    }

    /// Null is absent, and absent is false.
    fn null(self) -> Result<bool, Miss<'de>> {
        Ok(false)
    }
}

pub(super) struct FieldSeed<T> {
    pub(super) typed: T,
    pub(super) yaml_text: bool,
}

impl<'de, T: Typed<'de>> DeserializeSeed<'de> for FieldSeed<T> {
    type Value = Result<T::Out, Miss<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        if self.yaml_text {
            d.deserialize_option(YamlText(TypedVisitor(self.typed)))
        } else {
            d.deserialize_any(TypedVisitor(self.typed))
        }
    }
}

/// YAML null stays null; any other scalar is taken as written.
struct YamlText<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for YamlText<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        d.deserialize_str(self.0)
    }
}

struct TypedVisitor<T>(T);

impl<'de, T: Typed<'de>> Visitor<'de> for TypedVisitor<T> {
    type Value = Result<T::Out, Miss<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(self.0.boolean(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(self.0.number(Num::Int(v.into())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(self.0.number(Num::Int(v.into())))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Self::Value, E> {
        Ok(self.0.number(Num::Int(v)))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Self::Value, E> {
        Ok(match i128::try_from(v) {
            Ok(n) => self.0.number(Num::Int(n)),
            Err(_) => self.0.number(Num::Text(&v.to_string())),
        })
    }

    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(self.0.number(Num::Float(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.text(v, None))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(self.0.text(v, Some(v)))
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<Self::Value, E> {
        Ok(self.0.text(&String::from_utf8_lossy(v), None))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(self.0.null())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        drain_seq(seq)?;
        Ok(wrong(Found::List, None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let first = map.next_key_seed(KeySeed)?;
        if first.map(|k| k.key) == Some(Key::Number) {
            let text: String = map.next_value()?;
            return Ok(self.0.number(Num::Text(&text)));
        }
        drain_map(first.is_some(), map)?;
        Ok(wrong(Found::Object, None))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        drain_enum(data)?;
        Ok(wrong(Found::Tagged, None))
    }
}

pub(super) fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Skips the rest of a map; `pending_value` when its first key was already read.
pub(super) fn drain_map<'de, A: MapAccess<'de>>(
    pending_value: bool,
    mut map: A,
) -> Result<(), A::Error> {
    if pending_value {
        map.next_value::<IgnoredAny>()?;
    }
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Skips a YAML tagged value (`!tag value`), which serde presents as an enum.
pub(super) fn drain_enum<'de, A: EnumAccess<'de>>(data: A) -> Result<(), A::Error> {
    let (IgnoredAny, variant) = data.variant::<IgnoredAny>()?;
    variant.newtype_variant::<IgnoredAny>()?;
    Ok(())
}

/// A map key, with its text when serde lent it from the input.
#[derive(Clone, Copy)]
pub(super) struct KeyAt<'de> {
    pub(super) key: Key,
    pub(super) src: Option<&'de str>,
}

pub(super) struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = KeyAt<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<KeyAt<'de>, D::Error> {
        d.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

const OTHER_KEY: KeyAt<'static> = KeyAt {
    key: Key::Other,
    src: None,
};

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = KeyAt<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<KeyAt<'de>, E> {
        Ok(KeyAt {
            key: Key::parse(v),
            src: Some(v),
        })
    }

    fn visit_str<E>(self, v: &str) -> Result<KeyAt<'de>, E> {
        Ok(KeyAt {
            key: Key::parse(v),
            src: None,
        })
    }

    fn visit_bool<E>(self, _: bool) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_i64<E>(self, _: i64) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_u64<E>(self, _: u64) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_i128<E>(self, _: i128) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_u128<E>(self, _: u128) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_f64<E>(self, _: f64) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_bytes<E>(self, _: &[u8]) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_unit<E>(self) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_none<E>(self) -> Result<KeyAt<'de>, E> {
        Ok(OTHER_KEY)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<KeyAt<'de>, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<KeyAt<'de>, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<KeyAt<'de>, A::Error> {
        drain_seq(seq)?;
        Ok(OTHER_KEY)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<KeyAt<'de>, A::Error> {
        drain_map(false, map)?;
        Ok(OTHER_KEY)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<KeyAt<'de>, A::Error> {
        drain_enum(data)?;
        Ok(OTHER_KEY)
    }
}
