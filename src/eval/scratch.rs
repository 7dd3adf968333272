//! Reused buffers for the evaluator's temporary lists (eligible people, the
//! matching and its search state, the gap plan's costs and its assignment's
//! search state): a batch evaluates partners one after another, and
//! allocating these afresh for each cost about as much as filling them.

use std::ops::{Deref, DerefMut};

/// Buffers kept per thread and item type, and the largest kept (in bytes:
/// 8,192 indices): a huge partner's buffers are freed, so the memory kept
/// stays small whatever the input (at most 512 KB per item type and thread).
const KEPT: usize = 16;
const LARGEST_KEPT: usize = 1 << 15;

/// An item type with a pool of buffers of its own (per thread).
pub(crate) trait Pooled: Sized + 'static {
    /// Runs `f` on this thread's pool, unless the thread is exiting.
    fn with_pool<R>(f: impl FnOnce(&mut Vec<Vec<Self>>) -> R) -> Option<R>;
}

/// Gives item type `$t` a pool of buffers, in a thread-local named `$pool`.
macro_rules! pooled {
    ($t:ty, $pool:ident) => {
        thread_local! {
            static $pool: std::cell::RefCell<Vec<Vec<$t>>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        impl $crate::eval::scratch::Pooled for $t {
            fn with_pool<R>(f: impl FnOnce(&mut Vec<Vec<Self>>) -> R) -> Option<R> {
                $pool.try_with(|p| f(&mut p.borrow_mut())).ok()
            }
        }
    };
}
pub(crate) use pooled;

// Indices (eligible people, search state), and a matching's slots and people.
pooled!(u32, FREE_INDICES);
pooled!(Option<u32>, FREE_SLOTS);
// The gap plan's costs and its assignment's search state.
pooled!(u64, FREE_WORDS);
pooled!(usize, FREE_POSITIONS);
pooled!(i64, FREE_COSTS);
pooled!(i128, FREE_WIDE_COSTS);
pooled!(Option<u64>, FREE_PASSES);

/// An empty `Vec` whose buffer goes back to this thread's pool when it is
/// dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Buf<T: Pooled = u32>(Vec<T>);

impl<T: Pooled + Clone> Buf<T> {
    pub(crate) fn new() -> Buf<T> {
        Buf(T::with_pool(Vec::pop).flatten().unwrap_or_default())
    }

    /// `len` copies of `value`.
    pub(crate) fn filled(len: usize, value: T) -> Buf<T> {
        let mut b = Buf::new();
        b.0.resize(len, value);
        b
    }
}

impl<T: Pooled> Deref for Buf<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T: Pooled> DerefMut for Buf<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T: Pooled> Drop for Buf<T> {
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.0);
        if v.capacity() == 0 || v.capacity() > LARGEST_KEPT / size_of::<T>().max(1) {
            return;
        }
        v.clear();
        // (During the thread's exit the pool may be gone: the buffer is freed.)
        T::with_pool(|pool| {
            if pool.len() < KEPT {
                pool.push(v);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_back_empty_and_large_ones_are_not_kept() {
        let mut a = Buf::filled(10, 7u32);
        a.push(1);
        let ptr = a.as_ptr();
        drop(a);
        let b = Buf::<u32>::new();
        assert!(b.is_empty());
        assert_eq!(b.as_ptr(), ptr, "the buffer is reused");
        drop(b);
        let big = Buf::filled(LARGEST_KEPT / 4 + 1, 0u32);
        let ptr = big.as_ptr();
        drop(big);
        let c = Buf::<u32>::new();
        assert_ne!(c.as_ptr(), ptr, "a large buffer is freed");
        let held: Vec<Buf> = (0..KEPT + 4).map(|_| Buf::filled(1, 0)).collect();
        drop(held);
        assert!(u32::with_pool(|p| p.len()).unwrap() <= KEPT);
    }
}
