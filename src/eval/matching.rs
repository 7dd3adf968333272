//! Maximum bipartite matching between exam slots and people (Hopcroft–Karp).
//!
//! A tier asks for a number of *slots* (for example "two people certified in
//! X"), and each person can fill at most one slot. Deciding whether a partner
//! meets the tier is a maximum matching problem: a greedy pass can use a
//! versatile person for a slot that only they could have filled elsewhere.
//!
//! The implementation is Hopcroft–Karp, `O(E·√V)`, and fully iterative: a
//! partner can have tens of thousands of people, and the augmenting paths of a
//! recursive DFS could be that deep, which would overflow the stack.

use super::scratch::Buf;

/// Marks "no vertex" in the internal `u32` arrays. Left indices are capped
/// below it (see [`max_matching`]) so it never collides with a real slot.
const NIL: u32 = u32::MAX;

/// Marks a slot that the current BFS layering did not reach.
const UNREACHED: u32 = u32::MAX;

/// Result of a maximum matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matching {
    /// For each left vertex (slot), the right vertex (person) it is matched to.
    pub left: Buf<Option<u32>>,
    /// For each right vertex (person), the slot it fills.
    pub right: Buf<Option<u32>>,
    /// Number of matched pairs.
    pub size: usize,
}

/// adj[slot] = people eligible for that slot.
///
/// Returns a maximum matching of slots to people: every slot gets at most one
/// person, every person fills at most one slot, and no other matching has more
/// pairs. `left` has `adj.len()` entries and `right` has `n_right` entries.
///
/// Tolerated input, none of which panics:
/// - person indices `>= n_right` are ignored (as if the edge were absent);
/// - duplicate edges are harmless;
/// - slots with no edges simply stay unmatched;
/// - slots at index `u32::MAX` or beyond (impossible in practice) cannot be
///   represented in `right` and are left unmatched.
///
/// The only allocations are the two result vectors and one set of work
/// buffers, all sized once per call. The only failure mode is the allocation
/// of `right` itself if `n_right` is absurdly large.
///
/// Deterministic: the result depends only on `n_right` and the contents and
/// order of `adj`. Edges are tried in the order given, so listing preferred
/// people first biases (but does not guarantee) which maximum matching is
/// returned.
///
/// Complexity: `O(E·√V)` time, `O(V)` extra space, with `E` the number of
/// edges and `V = adj.len() + n_right`.
#[cfg(test)]
pub fn max_matching(n_right: usize, adj: &[Vec<u32>]) -> Matching {
    max_matching_of(n_right, adj)
}

/// [`max_matching`] over any edge lists, so that slots of one kind can share
/// one list instead of each holding a copy.
pub(crate) fn max_matching_of<A: AsRef<[u32]>>(n_right: usize, adj: &[A]) -> Matching {
    max_matching_by(adj.len(), n_right, |u| adj[u].as_ref())
}

/// [`max_matching`] with the edge list of slot `u` given by `adj(u)`, for
/// `u < slots`: slots of one kind then share one list without a table of them.
pub(crate) fn max_matching_by<'e>(
    slots: usize,
    n_right: usize,
    adj: impl Fn(usize) -> &'e [u32],
) -> Matching {
    // Slot indices are stored as `u32` in `right`; NIL reserves u32::MAX.
    let mut left = Buf::filled(slots, None);
    let n_left = slots.min(NIL as usize);

    let mut right = Buf::filled(n_right, None);
    let mut size = 0usize;

    // An out-of-range person (>= n_right, which includes anything not
    // representable in `right`) is treated as a missing edge.
    let in_range = |v: u32| (v as usize) < n_right;

    // A cheap greedy start: most real instances are almost entirely matched
    // by it, which leaves Hopcroft–Karp only a few phases of repair work.
    for (u, slot) in left.iter_mut().enumerate().take(n_left) {
        if let Some(&v) = adj(u)
            .iter()
            .find(|&&v| in_range(v) && right[v as usize].is_none())
        {
            *slot = Some(v);
            right[v as usize] = Some(u as u32);
            size += 1;
        }
    }

    if size == n_left {
        // The greedy pass filled every slot (the common case for a partner
        // with enough people): nothing to repair, no work buffers needed.
        return Matching { left, right, size };
    }

    // Work buffers, taken from the thread's pool and reused by every phase.
    let mut dist = Buf::filled(n_left, UNREACHED);
    // Per-slot cursor into its edge list, so each edge is examined at most
    // once per phase (this is what keeps a phase O(E)).
    let mut cursor = Buf::filled(n_left, 0u32);
    let mut queue = Buf::new();
    // The DFS path: slots on `stack`, and `via[k]` is the person used to step
    // from `stack[k]` to `stack[k + 1]`.
    let mut stack = Buf::new();
    let mut via = Buf::new();

    while size < n_left {
        // BFS from every free slot, layering slots by alternating-path length.
        // `free_layer` is the length of the shortest augmenting path; slots
        // beyond it are useless this phase, so the search stops there.
        queue.clear();
        for (u, d) in dist.iter_mut().enumerate() {
            if left[u].is_none() {
                *d = 0;
                queue.push(u as u32);
            } else {
                *d = UNREACHED;
            }
        }
        let mut free_layer = UNREACHED;
        let mut head = 0;
        while head < queue.len() {
            let u = queue[head] as usize;
            head += 1;
            let du = dist[u];
            if du >= free_layer {
                // Queue is in layer order, so everything after is too deep.
                break;
            }
            for &v in adj(u) {
                if !in_range(v) {
                    continue;
                }
                match right[v as usize] {
                    None => {
                        if free_layer == UNREACHED {
                            free_layer = du + 1;
                        }
                    }
                    Some(w) => {
                        let w = w as usize;
                        if dist[w] == UNREACHED {
                            dist[w] = du + 1;
                            queue.push(w as u32);
                        }
                    }
                }
            }
        }
        if free_layer == UNREACHED {
            // No augmenting path exists: the matching is maximum (Berge).
            break;
        }

        // DFS along the layering from each free slot, looking for
        // vertex-disjoint shortest augmenting paths.
        cursor.fill(0);
        let mut augmented = 0usize;
        for root in 0..n_left {
            if left[root].is_some() || dist[root] != 0 {
                continue;
            }
            stack.clear();
            via.clear();
            stack.push(root as u32);
            while let Some(&top) = stack.last() {
                let u = top as usize;
                let edges = adj(u);
                let mut descended = false;
                while (cursor[u] as usize) < edges.len() {
                    let v = edges[cursor[u] as usize];
                    cursor[u] += 1;
                    if !in_range(v) {
                        continue;
                    }
                    match right[v as usize] {
                        None => {
                            // Only accept free people at the shortest length,
                            // which is what bounds the number of phases.
                            if dist[u] + 1 == free_layer {
                                // Flip the path: each slot on the stack takes
                                // the person that led out of it.
                                via.push(v);
                                for (&s, &p) in stack.iter().zip(via.iter()) {
                                    left[s as usize] = Some(p);
                                    right[p as usize] = Some(s);
                                }
                                augmented += 1;
                                stack.clear();
                                descended = true;
                                break;
                            }
                        }
                        Some(w) => {
                            let w_idx = w as usize;
                            if dist[w_idx] == dist[u] + 1 && dist[w_idx] < free_layer {
                                via.push(v);
                                stack.push(w);
                                descended = true;
                                break;
                            }
                        }
                    }
                }
                if !descended {
                    // Dead end: no shortest augmenting path goes through this
                    // slot any more in this phase, so never enter it again.
                    dist[u] = UNREACHED;
                    stack.pop();
                    via.pop();
                }
            }
        }
        if augmented == 0 {
            // Cannot happen when BFS found a free person, but guarantees
            // termination even if that reasoning were wrong.
            break;
        }
        size += augmented;
    }

    Matching { left, right, size }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_valid(n_right: usize, adj: &[Vec<u32>], m: &Matching) {
        assert_eq!(m.left.len(), adj.len());
        assert_eq!(m.right.len(), n_right);
        let mut count = 0;
        for (u, p) in m.left.iter().enumerate() {
            if let Some(p) = *p {
                assert!(adj[u].contains(&p), "slot {u} matched to non-neighbour {p}");
                assert_eq!(m.right[p as usize], Some(u as u32));
                count += 1;
            }
        }
        for (p, s) in m.right.iter().enumerate() {
            if let Some(s) = *s {
                assert_eq!(m.left[s as usize], Some(p as u32));
            }
        }
        assert_eq!(count, m.size);
    }

    #[test]
    fn greedy_is_wrong() {
        // Slot A: {p0, p1}; slot B: {p0}. Greedy gives A→p0 and strands B.
        let adj = vec![vec![0, 1], vec![0]];
        let m = max_matching(2, &adj);
        check_valid(2, &adj, &m);
        assert_eq!(m.size, 2);
        assert_eq!(*m.left, vec![Some(1), Some(0)]);
        assert_eq!(*m.right, vec![Some(1), Some(0)]);
    }

    #[test]
    fn empty_inputs() {
        let m = max_matching(0, &[]);
        assert_eq!(m.size, 0);
        assert!(m.left.is_empty() && m.right.is_empty());

        let m = max_matching(3, &[]);
        assert_eq!(*m.right, vec![None; 3]);

        let adj = vec![vec![], vec![]];
        let m = max_matching(0, &adj);
        assert_eq!(*m.left, vec![None, None]);
        assert_eq!(m.size, 0);
    }

    #[test]
    fn out_of_range_and_duplicates_are_ignored() {
        let adj = vec![vec![7, 0, 0, u32::MAX], vec![0, 0, 5]];
        let m = max_matching(1, &adj);
        check_valid(1, &adj, &m);
        assert_eq!(m.size, 1);
    }

    #[test]
    fn long_augmenting_path_is_iterative() {
        // Slot i < n-1 is eligible for {i, i+1} and the last slot only for
        // person 0. The greedy pass gives slot i person i, stranding the last
        // slot, so the only augmenting path runs through every slot: a
        // recursive DFS this deep would overflow the test thread's stack.
        let n = 200_000u32;
        let mut adj: Vec<Vec<u32>> = (0..n - 1).map(|i| vec![i, i + 1]).collect();
        adj.push(vec![0]);
        let m = max_matching(n as usize, &adj);
        assert_eq!(m.size, n as usize);
        check_valid(n as usize, &adj, &m);
    }

    #[test]
    fn more_slots_than_people() {
        let adj = vec![vec![0, 1], vec![0, 1], vec![0, 1]];
        let m = max_matching(2, &adj);
        check_valid(2, &adj, &m);
        assert_eq!(m.size, 2);
    }

    #[test]
    fn deterministic() {
        let adj = vec![vec![2, 0, 1], vec![1, 0], vec![0], vec![2, 3]];
        let a = max_matching(4, &adj);
        let b = max_matching(4, &adj);
        assert_eq!(a, b);
        check_valid(4, &adj, &a);
        assert_eq!(a.size, 4);
    }
}
