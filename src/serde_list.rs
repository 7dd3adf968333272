//! Serde helpers for reading data as fast as hand-written Rust: a list (or
//! `null`, read as an empty list) deserialized into a vector given its
//! capacity at once, or appended to a vector several lists share; a guard
//! that keeps derived impls from reading a struct from a list; and a string
//! borrowed where it can be, even inside an `Option`.
//!
//! serde's own `Vec` impl starts empty when the format gives no length, as
//! JSON does: a dozen items of 150 bytes (a partner's revenue lines) cost
//! three allocations and two copies of what was read so far. Reading them
//! into a vector of 16 at first costs one allocation and no copy, and
//! pushing each item where it is stored spares its moves through `Result`
//! and `Option`: loading a typical partner got 5–8 % faster
//! (`docs/performance.md`).

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::mem::MaybeUninit;
use std::ops::Range;
use std::thread::LocalKey;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, Error, SeqAccess, Visitor};

/// A list or `null` (empty) of items read as `T` and stored as `U`, in a
/// vector of capacity `N` from its first item. (Each item is converted as it
/// is pushed: a vector of `T` converted afterwards would move every item
/// once more.)
pub(crate) fn list<'de, D, T, U, const N: usize>(d: D) -> Result<Vec<U>, D::Error>
where
    D: Deserializer<'de>,
    T: Item<'de, U>,
{
    let mut v = Vec::new();
    append::<D, T, U, N>(d, &mut v)?;
    Ok(v)
}

/// [`list`], its items appended to `to` (several lists read into one
/// vector: a partner's credentials, person after person).
fn append<'de, D, T, U, const N: usize>(d: D, to: &mut Vec<U>) -> Result<(), D::Error>
where
    D: Deserializer<'de>,
    T: Item<'de, U>,
{
    d.deserialize_any(Items::<T, U, N>(to, PhantomData))
}

/// [`append`] to this thread's vector in `to`: where the items went.
pub(crate) fn append_to<'de, D, T, U, const N: usize>(
    d: D,
    to: &'static LocalKey<RefCell<Vec<U>>>,
) -> Result<Range<u32>, D::Error>
where
    D: Deserializer<'de>,
    T: Item<'de, U>,
{
    // (The items are read with the vector borrowed: they must not read it.)
    to.with_borrow_mut(|v| {
        let start = v.len() as u32;
        append::<D, T, U, N>(d, v).map(|()| start..v.len() as u32)
    })
}

/// A field no data holds, placed first in each struct: serde's derived impls
/// also read a struct from a list of its fields in order, which a format may
/// not allow, and this makes any such list fail at its first item.
#[derive(Default)]
pub(crate) struct NotAList;

impl<'de> Deserialize<'de> for NotAList {
    fn deserialize<D: Deserializer<'de>>(_: D) -> Result<NotAList, D::Error> {
        Err(D::Error::custom("an object, not a list"))
    }
}

/// A string, borrowed from the input unless it has escapes. (serde borrows a
/// `Cow` field, but not one inside an `Option`: this newtype does.)
#[derive(serde::Deserialize)]
pub(crate) struct Text<'a>(#[serde(borrow)] pub(crate) std::borrow::Cow<'a, str>);

struct Items<'v, T, U, const N: usize>(&'v mut Vec<U>, PhantomData<T>);

/// The reader of an item of a list stored as `U`, which builds the item
/// where it is stored (a marker type: the readers of partner data keep the
/// public types free of a `Deserialize` that would skip validation).
pub(crate) trait Item<'de, U>: Sized {
    /// Reads the item from `d` into `slot`, which it initializes when it
    /// returns `Ok` (and leaves alone otherwise).
    fn read<D: Deserializer<'de>>(d: D, slot: &mut MaybeUninit<U>) -> Result<(), D::Error>;
}

impl<'de, T: Item<'de, U>, U, const N: usize> Visitor<'de> for Items<'_, T, U, N> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list or null")
    }

    fn visit_unit<E: Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        let v = self.0;
        while let Some(()) = items.next_element_seed(Push::<T, U, N>(v, PhantomData))? {}
        Ok(())
    }
}

/// Reads an item into the vector's next slot: a large item is written where
/// it is stored, rather than moved there through `Result`s and `Option`s.
struct Push<'v, T, U, const N: usize>(&'v mut Vec<U>, PhantomData<T>);

impl<'de, T: Item<'de, U>, U, const N: usize> DeserializeSeed<'de> for Push<'_, T, U, N> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let v = self.0;
        // Room is made before the item is read, so that it is written
        // straight into the vector: `push` would copy it there from where
        // it was read, past its check for room (a 150-byte `memcpy` per line).
        if v.len() == v.capacity() {
            match v.capacity() {
                0 if N > 0 => v.reserve_exact(N),
                // Full, or `N` at 0: grown as `push` grows it (from 4 items,
                // as serde's).
                _ => v.reserve(1),
            }
        }
        let len = v.len();
        let Some(slot) = v.spare_capacity_mut().first_mut() else {
            return Err(D::Error::custom("no room for the item")); // (unreachable)
        };
        T::read(d, slot)?;
        // SAFETY: the item at `len` is initialized: `read` returned `Ok`.
        unsafe { v.set_len(len + 1) };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items read as `T` and stored converted.
    struct As<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de> + Into<U>, U> Item<'de, U> for As<T> {
        fn read<D: Deserializer<'de>>(d: D, slot: &mut MaybeUninit<U>) -> Result<(), D::Error> {
            slot.write(T::deserialize(d)?.into());
            Ok(())
        }
    }

    #[derive(serde::Deserialize)]
    struct Lists {
        #[serde(default, deserialize_with = "list::<_, As<u32>, _, 16>")]
        a: Vec<u32>,
        #[serde(default, deserialize_with = "list::<_, As<u32>, _, 0>")]
        b: Vec<u32>,
        // Read as one type, stored as another.
        #[serde(default, deserialize_with = "list::<_, As<u8>, _, 2>")]
        c: Vec<u64>,
    }

    thread_local! {
        static SHARED: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    }

    fn shared<'de, D: Deserializer<'de>>(d: D) -> Result<Range<u32>, D::Error> {
        append_to::<_, As<u32>, _, 4>(d, &SHARED)
    }

    #[derive(serde::Deserialize)]
    struct Two {
        #[serde(default, deserialize_with = "shared")]
        x: Range<u32>,
        #[serde(default, deserialize_with = "shared")]
        y: Range<u32>,
    }

    #[test]
    fn lists_appended_to_one_vector_say_where_they_went() {
        let t: Two = serde_json::from_str(r#"{"y": [1, 2], "x": [3, 4, 5]}"#).unwrap();
        assert_eq!((t.x, t.y), (2..5, 0..2));
        let t: Two = serde_json::from_str(r#"{"x": null, "y": []}"#).unwrap();
        assert_eq!((t.x, t.y), (5..5, 5..5));
        assert_eq!(SHARED.take(), [1, 2, 3, 4, 5]);
        assert!(serde_json::from_str::<Two>(r#"{"x": [1, "a"]}"#).is_err());
    }

    #[test]
    fn lists_read_as_serde_reads_them_in_a_vector_sized_once() {
        let l: Lists = serde_json::from_str(r#"{"a": [1, 2, 3], "b": [4]}"#).unwrap();
        assert_eq!((l.a, l.b), (vec![1, 2, 3], vec![4]));
        let l: Lists = serde_json::from_str(r#"{"a": [1, 2, 3]}"#).unwrap();
        assert!(l.a.capacity() == 16 && l.b.is_empty());
        let l: Lists = serde_json::from_str(r#"{"c": [7, 255, 0]}"#).unwrap();
        assert_eq!(l.c, vec![7u64, 255, 0]);
        assert!(
            serde_json::from_str::<Lists>(r#"{"c": [256]}"#).is_err(),
            "not a u8"
        );
        let l: Lists = serde_json::from_str(r#"{"a": null, "b": []}"#).unwrap();
        assert!(l.a.is_empty() && l.a.capacity() == 0 && l.b.is_empty());
        let many: Vec<u32> = (0..40).collect();
        let text = format!(r#"{{"a": {}}}"#, serde_json::to_string(&many).unwrap());
        assert_eq!(serde_json::from_str::<Lists>(&text).unwrap().a, many);
        for refused in [
            r#"{"a": 1}"#,
            r#"{"a": "x"}"#,
            r#"{"a": {}}"#,
            r#"{"a": [null]}"#,
        ] {
            assert!(serde_json::from_str::<Lists>(refused).is_err(), "{refused}");
        }
    }
}
