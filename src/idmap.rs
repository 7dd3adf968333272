//! A map from the ids of a program's catalogs (products, kinds, currencies,
//! credentials …) to numbers, for the loader, which probes it for nearly
//! every value it reads.
//!
//! Ids are short (`crm-online`, `net-new`, `USD`, `MB2-714`): an id of at
//! most 15 bytes is keyed by its bytes and its length packed into one
//! `u128`, so a probe hashes two words and compares one integer, without
//! following a pointer to the stored id or calling `memcmp`. Longer ids
//! live in an ordinary map of strings.

use rustc_hash::FxHashMap;

/// See the module documentation.
#[derive(Clone, Debug, Default)]
pub(crate) struct IdMap {
    /// Ids of at most [`SHORT`] bytes, by [`short_key`]: open addressing
    /// with linear probing, a power of two of slots at most half full, an
    /// empty slot's key [`EMPTY`].
    short: Box<[(u128, u32)]>,
    /// The short ids held.
    count: usize,
    /// Longer ids.
    long: FxHashMap<Box<str>, u32>,
}

/// The longest id kept in [`IdMap::short`]: its 16th byte holds the length.
const SHORT: usize = 15;

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

/// The slot of `key` in a table of `mask + 1` slots: its halves multiplied
/// as 128-bit numbers and the product's halves xored (a folded multiply, as
/// in `foldhash`), so that every byte of the id moves the bits read.
#[inline]
fn slot(key: u128, mask: usize) -> usize {
    let lo = key as u64 ^ 0x243f_6a88_85a3_08d3;
    let hi = (key >> 64) as u64 ^ 0x1319_8a2e_0370_7344;
    let p = u128::from(lo) * u128::from(hi);
    (p as u64 ^ (p >> 64) as u64) as usize & mask
}

/// The key of an empty slot: no id has it (its length byte is 255).
const EMPTY: u128 = u128::MAX;

impl IdMap {
    /// The number of `id`, if it has one.
    #[inline]
    pub(crate) fn get(&self, id: &str) -> Option<u32> {
        let Some(key) = short_key(id.as_bytes()) else {
            return self.long.get(id).copied();
        };
        let mask = self.short.len().checked_sub(1)?;
        let mut i = slot(key, mask);
        // Linear probing in a table at most half full: a probe or two.
        loop {
            let (k, v) = self.short[i];
            if k == key {
                return Some(v);
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Gives `id` the number `value`, replacing any it had.
    pub(crate) fn insert(&mut self, id: &str, value: u32) {
        let Some(key) = short_key(id.as_bytes()) else {
            self.long.insert(id.into(), value);
            return;
        };
        if 2 * (self.count + 1) > self.short.len() {
            let old = std::mem::take(&mut self.short);
            let size = (2 * old.len()).max(16);
            self.short = vec![(EMPTY, 0); size].into_boxed_slice();
            self.count = 0;
            for (k, v) in old.iter().filter(|(k, _)| *k != EMPTY) {
                self.put(*k, *v);
            }
        }
        self.put(key, value);
    }

    /// [`IdMap::insert`] of a short key, in a table with room.
    fn put(&mut self, key: u128, value: u32) {
        let mask = self.short.len() - 1;
        let mut i = slot(key, mask);
        while self.short[i].0 != EMPTY && self.short[i].0 != key {
            i = (i + 1) & mask;
        }
        self.count += usize::from(self.short[i].0 == EMPTY);
        self.short[i] = (key, value);
    }
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
    }

    proptest! {
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
