//! The fast path: serde_json reads clean JSON (as hand-written Rust would,
//! strings borrowed from the input) into the validator's tree, without
//! positions, and the one validator ([`super::check`]) builds the partner.
//!
//! Positions are only needed to report something: when the validator finds
//! anything to say, or serde_json refuses the text (a syntax error, nesting
//! past its limit, a number that is not an integer, whose text it does not
//! keep), the caller starts over on the slow path, with `jsonc-parser`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::tree::{Entry, Node, Value, BUILT_DEPTH};

/// The tree of `text` (JSON, without a byte-order mark), every position 0,
/// if serde_json reads it and every number in it is an integer.
pub(crate) fn json(text: &str) -> Option<Node<'_>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let root = Depth(0).deserialize(&mut de).ok()?;
    de.end().ok().map(|_| root)
}

/// Reads a value at this depth (the partner is at 0) into a node.
#[derive(Clone, Copy)]
struct Depth(usize);

fn node(value: Value) -> Node {
    Node::new(0, 0, value)
}

fn text<E>(text: Cow<str>) -> Result<Node, E> {
    Ok(node(Value::Text { text, plain: false }))
}

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Node<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E: Error>(self, s: &'de str) -> Result<Node<'de>, E> {
        text(Cow::Borrowed(s))
    }

    // A string with escapes.
    fn visit_str<E: Error>(self, s: &str) -> Result<Node<'de>, E> {
        text(Cow::Owned(s.to_owned()))
    }

    // An integer's text is the one written (JSON has no leading zeros or `+`);
    // `-0` reads as 0, the same amount.
    fn visit_u64<E: Error>(self, n: u64) -> Result<Node<'de>, E> {
        Ok(node(Value::Number(Cow::Owned(n.to_string()))))
    }

    fn visit_i64<E: Error>(self, n: i64) -> Result<Node<'de>, E> {
        Ok(node(Value::Number(Cow::Owned(n.to_string()))))
    }

    // Its text is lost: the slow path reads it exactly.
    fn visit_f64<E: Error>(self, _: f64) -> Result<Node<'de>, E> {
        Err(E::custom("not an integer"))
    }

    fn visit_bool<E: Error>(self, b: bool) -> Result<Node<'de>, E> {
        Ok(node(Value::Bool(b)))
    }

    fn visit_unit<E: Error>(self) -> Result<Node<'de>, E> {
        Ok(node(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        if self.0 >= BUILT_DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(node(Value::Skipped(Some(false))));
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Depth(self.0 + 1))? {
            items.push(item);
        }
        Ok(node(Value::List(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        if self.0 >= BUILT_DEPTH {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(node(Value::Skipped(Some(true))));
        }
        // Room for the fields of a revenue line without growing.
        let mut entries = Vec::with_capacity(8);
        while let Some(key) = map.next_key_seed(self)? {
            let Value::Text { text: key, .. } = key.value else {
                return Err(A::Error::custom("a key is a string"));
            };
            let value = map.next_value_seed(Depth(self.0 + 1))?;
            entries.push(Entry::new(key, (0, 0), value));
        }
        Ok(node(Value::Map(entries)))
    }
}
