//! The shapes of the partner format: an object of known fields, a list of
//! objects, and what to do with a value of another kind.

use std::fmt;

use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::super::problem::{Found, Key, Obj, Path, Problem, Target};
use super::value::{drain_enum, drain_map, drain_seq, KeyAt, KeySeed};
use super::Ctx;

/// A list or object of the partner format: how it reads its map or sequence,
/// and what it makes of a value of another kind.
pub(super) trait Compound<'de>: Sized {
    type Out;

    /// Reads an object whose first key is already read.
    fn map<A: MapAccess<'de>>(
        self,
        first: Option<KeyAt<'de>>,
        map: A,
    ) -> Result<Self::Out, A::Error> {
        drain_map(first.is_some(), map)?;
        Ok(self.other(Found::Object, None))
    }

    /// Reads a list.
    fn seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Out, A::Error> {
        drain_seq(seq)?;
        Ok(self.other(Found::List, None))
    }

    /// A value of another kind; `src` if it was a string lent from the input.
    fn other(self, found: Found, src: Option<&'de str>) -> Self::Out;
}

/// Visits any value, handing maps and lists to `C`.
pub(super) struct Dispatch<C>(pub(super) C);

impl<'de, C: Compound<'de>> Visitor<'de> for Dispatch<C> {
    type Value = C::Out;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object or a list")
    }

    fn visit_bool<E>(self, _: bool) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Boolean, None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Number, None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Number, None))
    }

    fn visit_i128<E>(self, _: i128) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Number, None))
    }

    fn visit_u128<E>(self, _: u128) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Number, None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Number, None))
    }

    fn visit_str<E>(self, _: &str) -> Result<C::Out, E> {
        Ok(self.0.other(Found::String, None))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<C::Out, E> {
        Ok(self.0.other(Found::String, Some(v)))
    }

    fn visit_bytes<E>(self, _: &[u8]) -> Result<C::Out, E> {
        Ok(self.0.other(Found::String, None))
    }

    fn visit_unit<E>(self) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Null, None))
    }

    fn visit_none<E>(self) -> Result<C::Out, E> {
        Ok(self.0.other(Found::Null, None))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<C::Out, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<C::Out, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<C::Out, A::Error> {
        self.0.seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<C::Out, A::Error> {
        let first = map.next_key_seed(KeySeed)?;
        if first.map(|k| k.key) == Some(Key::Number) {
            map.next_value::<IgnoredAny>()?;
            return Ok(self.0.other(Found::Number, None));
        }
        self.0.map(first, map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<C::Out, A::Error> {
        drain_enum(data)?;
        Ok(self.0.other(Found::Tagged, None))
    }
}

impl<'de, C: Compound<'de>> DeserializeSeed<'de> for Dispatch<C> {
    type Value = C::Out;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<C::Out, D::Error> {
        d.deserialize_any(self)
    }
}

/// Which keys an object had, and its first field name (to point at the object).
pub(super) struct Seen<'de> {
    pub(super) keys: u32,
    pub(super) first_key: Option<&'de str>,
}

/// The set of `keys`, as bits.
pub(super) const fn bits(keys: &[Key]) -> u32 {
    let mut out = 0;
    let mut i = 0;
    while i < keys.len() {
        out |= 1 << keys[i] as u32;
        i += 1;
    }
    out
}

/// Walks the fields of one object: fields in `accepted` go to `field` (once
/// each; a repeated one is reported), others are skipped.
pub(super) fn read_object<'de, 'a, 'p, A, F>(
    ctx: &mut Ctx<'a, 'p>,
    obj: Obj,
    accepted: u32,
    first: Option<KeyAt<'de>>,
    map: &mut A,
    mut field: F,
) -> Result<Seen<'de>, A::Error>
where
    A: MapAccess<'de>,
    F: FnMut(&mut Ctx<'a, 'p>, &mut A, Key, Option<&'de str>) -> Result<(), A::Error>,
{
    let mut seen = Seen {
        keys: 0,
        first_key: first.and_then(|k| k.src),
    };
    let mut reported = 0u32;
    let mut next = first;
    while let Some(k) = next {
        let bit = k.key.bit();
        if accepted & bit == 0 {
            map.next_value::<IgnoredAny>()?;
        } else if seen.keys & bit != 0 {
            if reported & bit == 0 {
                reported |= bit;
                let path = Path {
                    obj,
                    target: Target::RepeatedKey(k.key),
                };
                let at = ctx.at(k.src, None);
                ctx.push(path, Problem::RepeatedKey, at);
            }
            map.next_value::<IgnoredAny>()?;
        } else {
            seen.keys |= bit;
            field(ctx, map, k.key, k.src)?;
        }
        next = map.next_key_seed(KeySeed)?;
    }
    Ok(seen)
}

/// The value of a list field that is not a list: null means empty, anything
/// else is reported.
pub(super) fn not_a_list(
    ctx: &mut Ctx,
    obj: Obj,
    key: Key,
    found: Found,
    src: Option<&str>,
    key_src: Option<&str>,
) {
    if found != Found::Null {
        let path = Path {
            obj,
            target: Target::Value(key),
        };
        let at = ctx.at(src, key_src);
        ctx.push(path, Problem::WrongType(found), at);
    }
}

/// An element of a list that is not an object.
pub(super) fn not_an_object(ctx: &mut Ctx, obj: Obj, found: Found, src: Option<&str>) {
    let path = Path {
        obj,
        target: Target::Whole,
    };
    let at = ctx.at(src, None);
    ctx.push(path, Problem::WrongType(found), at);
}

/// Capacity to start a list with: serde_json gives no size hint, and growing
/// from 0 costs several copies for a typical partner.
pub(super) fn initial_capacity(hint: Option<usize>) -> usize {
    hint.unwrap_or(8).min(1024)
}
