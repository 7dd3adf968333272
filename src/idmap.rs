//! A map from the ids of a program's catalogs (products, kinds, currencies,
//! credentials …) to numbers, for the loader, which probes it for nearly
//! every value it reads.
//!
//! Ids are short (`crm-online`, `net-new`, `USD`, `MB2-714`): an id of at
//! most 15 bytes is keyed by its bytes and its length packed into one
//! `u128`, so a probe hashes two words and compares one integer, without
//! following a pointer to the stored id or calling `memcmp`. Longer ids
//! live in an ordinary map of strings.
//!
//! The same packing serves two other questions about ids, each asked once
//! per partner: whether a partner's person ids are [`distinct`], and their
//! order ([`prefix_key`], the evaluator's sort key).

use std::hash::BuildHasher;

use foldhash::fast::FixedState;
use rustc_hash::FxHashMap;

/// See the module documentation.
#[derive(Debug, Default)]
pub(crate) struct IdMap {
    /// Ids of at most [`SHORT`] bytes, by [`short_key`].
    short: Slots,
    /// Longer ids.
    long: FxHashMap<Box<str>, u32>,
}

/// The longest id kept in [`IdMap::short`]: its 16th byte holds the length.
const SHORT: usize = 15;

/// The short ids: an open-addressing table at most a quarter full, probed
/// from the high bits of the key's hash to the next empty slot. A probe
/// loads one slot, which holds the key and its number, and compares one
/// integer: a general hash map first loads a group of control bytes, then
/// the entry they point to, and the loader probes for nearly every value.
/// The hash is foldhash's folded multiply, which every byte of the key moves,
/// so ids that differ only in their last bytes (`MB2-713`, `MB2-714`) start
/// their probes apart.
#[derive(Debug, Default)]
struct Slots {
    /// A power of two of slots (or none), each a key (as two words: 24
    /// bytes a slot, where a `u128` would align it to 32) and its number.
    slots: Box<[([u64; 2], Option<u32>)]>,
    /// 64 less the number of bits of a slot's index.
    shift: u32,
    len: usize,
}

impl Slots {
    /// Where the probe for `key` starts.
    #[inline]
    fn start(&self, key: u128) -> usize {
        (FixedState::default().hash_one(key) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u128) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let (mut i, key) = (self.start(key), words(key));
        loop {
            let (k, value) = *self.slots.get(i)?;
            if k == key || value.is_none() {
                return value;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, key: u128, value: u32) {
        if (self.len + 1) * 4 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            let size = (old.len() * 2).max(16);
            self.slots = vec![([0; 2], None); size].into_boxed_slice();
            self.shift = 64 - size.trailing_zeros();
            self.len = 0;
            for (k, v) in old.iter().filter_map(|&(k, v)| Some((k, v?))) {
                self.insert(u128::from(k[0]) | u128::from(k[1]) << 64, v);
            }
        }
        let mask = self.slots.len() - 1;
        let (mut i, key) = (self.start(key), words(key));
        while let (k, Some(_)) = self.slots[i] {
            if k == key {
                break;
            }
            i = (i + 1) & mask;
        }
        self.len += usize::from(self.slots[i].1.is_none());
        self.slots[i] = (key, Some(value));
    }
}

/// A key as its low and high words.
#[inline]
fn words(key: u128) -> [u64; 2] {
    [key as u64, (key >> 64) as u64]
}

/// `id`'s bytes, zero-padded, with its length in the last byte: distinct
/// ids of at most [`SHORT`] bytes have distinct keys (the length says
/// which zero bytes are padding).
#[inline]
fn short_key(id: &[u8]) -> Option<u128> {
    let n = id.len();
    if n > SHORT {
        return None;
    }
    let (lo, hi) = id.split_at(n.min(8));
    let hi = word(hi) | (n as u64) << 56;
    Some(u128::from(word(lo)) | u128::from(hi) << 64)
}

/// Up to 8 bytes as a little-endian word, zero-padded, read in at most two
/// loads that may overlap (no call to `memcpy` for a few bytes).
#[inline]
fn word(b: &[u8]) -> u64 {
    let n = b.len();
    let at = |i: usize| u64::from(b[i]);
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) << (8 * (n / 2)) | at(n - 1) << (8 * (n - 1)),
        _ => {
            let four =
                |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
            four(0) | four(n - 4) << (8 * (n - 4))
        }
    }
}

impl IdMap {
    /// The number of `id`, if it has one.
    #[inline]
    pub(crate) fn get(&self, id: &str) -> Option<u32> {
        match short_key(id.as_bytes()) {
            Some(k) => self.short.get(k),
            None => self.long.get(id).copied(),
        }
    }

    /// Gives `id` the number `value`, replacing any it had.
    pub(crate) fn insert(&mut self, id: &str, value: u32) {
        match short_key(id.as_bytes()) {
            Some(k) => self.short.insert(k, value),
            None => {
                self.long.insert(id.into(), value);
            }
        }
    }
}

/// The first 16 bytes of `id` as a big-endian integer, zero-padded: ids
/// compare by it as their first 16 bytes do. Read in at most four loads
/// (no `memcpy` into a buffer read back at once, which stalls).
#[inline]
pub(crate) fn prefix_key(id: &str) -> u128 {
    let b = id.as_bytes();
    let (hi, rest) = b.split_at(b.len().min(8));
    let lo = &rest[..rest.len().min(8)];
    u128::from(word(hi).swap_bytes()) << 64 | u128::from(word(lo).swap_bytes())
}

/// True if no id of `ids` repeats. A few short ids (a typical partner's
/// people) are compared as packed keys, without hashing or allocating;
/// others go through a hash set.
pub(crate) fn distinct<'a>(ids: impl ExactSizeIterator<Item = &'a str> + Clone) -> bool {
    const FEW: usize = 24;
    let (n, mut keys) = (ids.len(), [0u128; FEW]);
    let mut pack = ids.clone().zip(&mut keys);
    if n <= FEW && pack.all(|(id, k)| short_key(id.as_bytes()).map(|x| *k = x).is_some()) {
        return (1..n).all(|i| !keys[..i].contains(&keys[i]));
    }
    let mut seen = rustc_hash::FxHashSet::with_capacity_and_hasher(n, Default::default());
    ids.into_iter().all(|id| seen.insert(id))
}

impl<'a> FromIterator<(&'a str, u32)> for IdMap {
    fn from_iter<I: IntoIterator<Item = (&'a str, u32)>>(iter: I) -> IdMap {
        let mut map = IdMap::default();
        for (id, value) in iter {
            map.insert(id, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_and_long_ids_and_padding() {
        let ids = [
            "",
            "a",
            "a\0",
            "\0",
            "MB2-714",
            "0123456789abcde",
            "0123456789abcdef",
        ];
        let map: IdMap = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i as u32))
            .collect();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(map.get(id), Some(i as u32), "{id:?}");
        }
        assert_eq!(map.get("a\0\0"), None);
        assert_eq!(map.get("0123456789abcdefg"), None);
        // The table of short ids grows (a quarter full at most) and rehashes.
        let many: Vec<String> = (0..1000).map(|i| format!("id-{i}")).collect();
        let map: IdMap = (many.iter().enumerate())
            .map(|(i, id)| (id.as_str(), i as u32))
            .collect();
        assert!((many.iter().enumerate()).all(|(i, id)| map.get(id) == Some(i as u32)));
        assert!(map.short.slots.len() >= 4 * many.len() && map.short.len == many.len());
        assert_eq!((map.get("id-1000"), map.get("")), (None, None));
    }

    #[test]
    fn distinct_ids_and_prefix_keys_at_their_edges() {
        // Trailing NULs make different ids: the packed length tells them apart.
        assert!(distinct(["", "\0", "a", "a\0"].into_iter()));
        assert!(!distinct(["p1", "p2", "p1"].into_iter()));
        // Past 15 bytes, or past 24 ids, the hash set answers.
        let long = ["0123456789abcdef", "0123456789abcdefX", "0123456789abcdef"];
        assert!(!distinct(long.into_iter()));
        let many: Vec<String> = (0..30).map(|i| format!("p{i}")).collect();
        assert!(distinct(many.iter().map(String::as_str)));
        let again: Vec<&str> = many.iter().chain(&many[..1]).map(String::as_str).collect();
        assert!(!distinct(again.into_iter()));
        // The sort key only orders by the first 16 bytes, zero-padded: ids
        // it ties (`""` and `"\0"`) are ordered by the evaluator in full.
        assert_eq!(prefix_key(""), prefix_key("\0"));
        assert!(prefix_key("person-10") < prefix_key("person-2"));
        assert_eq!(
            prefix_key("0123456789abcdefX"),
            prefix_key("0123456789abcdefY")
        );
    }

    proptest! {
        /// `distinct` answers as a set of strings does, for few ids and
        /// many, short and long.
        #[test]
        fn distinct_agrees_with_a_set_of_strings(
            ids in proptest::collection::vec("[ab\\x00]{0,17}", 0..30),
        ) {
            let set: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
            prop_assert_eq!(distinct(ids.iter().map(String::as_str)), set.len() == ids.len());
        }

        /// `prefix_key` is the first 16 bytes, zero-padded, read as a
        /// big-endian integer; so ids with different keys order by them.
        #[test]
        fn prefix_keys_are_the_padded_first_16_bytes(a in "[ab\\x00é]{0,20}", b in "[ab\\x00é]{0,20}") {
            let padded = |s: &str| {
                let mut k = [0u8; 16];
                let n = s.len().min(16);
                k[..n].copy_from_slice(&s.as_bytes()[..n]);
                u128::from_be_bytes(k)
            };
            prop_assert_eq!(prefix_key(&a), padded(&a));
            let (ka, kb) = (prefix_key(&a), prefix_key(&b));
            prop_assert!(ka == kb || ka.cmp(&kb) == a.as_bytes().cmp(b.as_bytes()));
        }

        /// The map answers as a map of strings does.
        #[test]
        fn agrees_with_a_map_of_strings(
            ids in proptest::collection::vec("[a-c\\x00]{0,18}", 0..12),
            probes in proptest::collection::vec("[a-c\\x00]{0,18}", 0..12),
        ) {
            let oracle: std::collections::HashMap<&str, u32> =
                ids.iter().enumerate().map(|(i, id)| (id.as_str(), i as u32)).collect();
            let map: IdMap = ids.iter().enumerate().map(|(i, id)| (id.as_str(), i as u32)).collect();
            for id in ids.iter().chain(&probes) {
                prop_assert_eq!(map.get(id), oracle.get(id.as_str()).copied());
            }
        }
    }
}
