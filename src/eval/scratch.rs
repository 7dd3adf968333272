//! Reused buffers for the evaluator's temporary lists of indices (eligible
//! people, the matching's search state): a batch evaluates partners one after
//! another, and allocating these afresh for each cost about as much as
//! filling them.

use std::cell::RefCell;
use std::ops::{Deref, DerefMut};

/// Buffers kept per thread, and the largest kept (in items): a huge partner's
/// buffers are freed, so the memory kept stays small whatever the input.
const KEPT: usize = 16;
const LARGEST_KEPT: usize = 1 << 12;

thread_local! {
    static FREE: RefCell<Vec<Vec<u32>>> = const { RefCell::new(Vec::new()) };
}

/// An empty `Vec<u32>` whose buffer goes back to this thread's pool when it
/// is dropped.
pub(super) struct Buf(Vec<u32>);

impl Buf {
    pub(super) fn new() -> Buf {
        let reused = FREE.try_with(|f| f.borrow_mut().pop()).ok().flatten();
        Buf(reused.unwrap_or_default())
    }

    /// `len` copies of `value`.
    pub(super) fn filled(len: usize, value: u32) -> Buf {
        let mut b = Buf::new();
        b.0.resize(len, value);
        b
    }
}

impl Deref for Buf {
    type Target = Vec<u32>;
    fn deref(&self) -> &Vec<u32> {
        &self.0
    }
}

impl DerefMut for Buf {
    fn deref_mut(&mut self) -> &mut Vec<u32> {
        &mut self.0
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.0);
        if v.capacity() == 0 || v.capacity() > LARGEST_KEPT {
            return;
        }
        v.clear();
        // (During the thread's exit the pool may be gone: the buffer is freed.)
        let _ = FREE.try_with(|f| {
            let mut f = f.borrow_mut();
            if f.len() < KEPT {
                f.push(v);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_back_empty_and_large_ones_are_not_kept() {
        let mut a = Buf::filled(10, 7);
        a.push(1);
        let ptr = a.as_ptr();
        drop(a);
        let b = Buf::new();
        assert!(b.is_empty());
        assert_eq!(b.as_ptr(), ptr, "the buffer is reused");
        drop(b);
        let big = Buf::filled(LARGEST_KEPT + 1, 0);
        let ptr = big.as_ptr();
        drop(big);
        let c = Buf::new();
        assert_ne!(c.as_ptr(), ptr, "a large buffer is freed");
        let held: Vec<Buf> = (0..KEPT + 4).map(|_| Buf::filled(1, 0)).collect();
        drop(held);
        assert!(FREE.with(|f| f.borrow().len()) <= KEPT);
    }
}
