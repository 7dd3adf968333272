//! Property tests for the evaluation algorithms against brute-force oracles.

use super::assign::{min_cost_assignment, Assignment};
use super::matching::{max_matching, Matching};
use proptest::prelude::*;

/// Calls `visit` with every injective map from `0..rows` into `0..cols`
/// (as a slice of column indices), by plain backtracking.
fn for_each_injection(rows: usize, cols: usize, mut visit: impl FnMut(&[usize])) {
    fn go(
        rows: usize,
        cols: usize,
        chosen: &mut Vec<usize>,
        taken: &mut [bool],
        visit: &mut dyn FnMut(&[usize]),
    ) {
        if chosen.len() == rows {
            visit(chosen);
            return;
        }
        for c in 0..cols {
            if !taken[c] {
                taken[c] = true;
                chosen.push(c);
                go(rows, cols, chosen, taken, visit);
                chosen.pop();
                taken[c] = false;
            }
        }
    }
    if rows > cols {
        return;
    }
    go(
        rows,
        cols,
        &mut Vec::new(),
        &mut vec![false; cols],
        &mut visit,
    );
}

/// Maximum matching by brute force: each slot either takes an unused
/// eligible person or stays empty.
fn brute_matching(n_right: usize, adj: &[Vec<u32>]) -> usize {
    fn go(slot: usize, n_right: usize, adj: &[Vec<u32>], taken: &mut [bool]) -> usize {
        if slot == adj.len() {
            return 0;
        }
        let mut best = go(slot + 1, n_right, adj, taken);
        for &p in &adj[slot] {
            let p = p as usize;
            if p < n_right && !taken[p] {
                taken[p] = true;
                best = best.max(1 + go(slot + 1, n_right, adj, taken));
                taken[p] = false;
            }
        }
        best
    }
    go(0, n_right, adj, &mut vec![false; n_right])
}

fn assert_valid_matching(n_right: usize, adj: &[Vec<u32>], m: &Matching) {
    assert_eq!(m.left.len(), adj.len());
    assert_eq!(m.right.len(), n_right);
    let mut pairs = 0;
    for (slot, person) in m.left.iter().enumerate() {
        if let Some(p) = *person {
            assert!((p as usize) < n_right, "person {p} out of range");
            assert!(adj[slot].contains(&p), "slot {slot} -> {p} is not an edge");
            assert_eq!(
                m.right[p as usize],
                Some(slot as u32),
                "left/right disagree"
            );
            pairs += 1;
        }
    }
    for (person, slot) in m.right.iter().enumerate() {
        if let Some(s) = *slot {
            assert_eq!(
                m.left[s as usize],
                Some(person as u32),
                "right/left disagree"
            );
        }
    }
    // Consistency both ways plus `right` being a function implies the
    // matched people are distinct.
    assert_eq!(pairs, m.size);
}

/// Cheapest complete assignment by brute force, or None if there is none.
fn brute_assignment(rows: usize, cols: usize, cost: &[Vec<Option<u64>>]) -> Option<u64> {
    let mut best: Option<u64> = None;
    for_each_injection(rows, cols, |cs| {
        let total: Option<u64> = cs.iter().enumerate().map(|(r, &c)| cost[r][c]).sum();
        if let Some(t) = total {
            best = Some(best.map_or(t, |b| b.min(t)));
        }
    });
    best
}

fn assert_valid_assignment(rows: usize, cols: usize, cost: &[Vec<Option<u64>>], a: &Assignment) {
    assert_eq!(a.row_to_col.len(), rows);
    let mut seen = vec![false; cols];
    let mut total = 0;
    for (r, &c) in a.row_to_col.iter().enumerate() {
        assert!(c < cols);
        assert!(!seen[c], "column {c} used twice");
        seen[c] = true;
        total += cost[r][c].expect("assigned a forbidden pair");
    }
    assert_eq!(total, a.total);
}

/// Slots × people adjacency, people indices possibly out of range
/// (`n_right + 1`) and duplicated, to exercise the tolerance rules.
fn matching_instance() -> impl Strategy<Value = (usize, Vec<Vec<u32>>)> {
    (0usize..=7, 0usize..=6).prop_flat_map(|(n_right, n_left)| {
        let person = 0u32..=(n_right as u32);
        (
            Just(n_right),
            prop::collection::vec(prop::collection::vec(person, 0..=5), n_left),
        )
    })
}

/// Cost matrix with roughly a quarter of pairs forbidden. Mostly tiny costs,
/// so that equal-cost optima (and hence the tie-break) are common.
fn cost_instance() -> impl Strategy<Value = (usize, usize, Vec<Vec<Option<u64>>>)> {
    (0usize..=5, 0usize..=7).prop_flat_map(|(rows, cols)| {
        let cell = prop_oneof![
            2 => Just(None),
            4 => (0u64..3).prop_map(Some),
            2 => (0u64..20).prop_map(Some),
        ];
        (
            Just(rows),
            Just(cols),
            prop::collection::vec(prop::collection::vec(cell, cols), rows),
        )
    })
}

/// A permutation of `0..n` drawn by proptest.
fn with_permutation<T: std::fmt::Debug + Clone>(
    inner: impl Strategy<Value = T>,
    len: impl Fn(&T) -> usize,
) -> impl Strategy<Value = (T, Vec<usize>)> {
    inner.prop_flat_map(move |t| {
        let n = len(&t);
        (Just(t), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn matching_is_maximum_and_valid((n_right, adj) in matching_instance()) {
        let m = max_matching(n_right, &adj);
        assert_valid_matching(n_right, &adj, &m);
        prop_assert_eq!(m.size, brute_matching(n_right, &adj));
        // Same input, same pairs.
        prop_assert_eq!(&m, &max_matching(n_right, &adj));
    }

    #[test]
    fn assignment_is_optimal_and_valid((rows, cols, cost) in cost_instance()) {
        let got = min_cost_assignment(rows, cols, |r, c| cost[r][c]);
        let want = brute_assignment(rows, cols, &cost);
        match (&got, want) {
            (None, None) => {}
            (Some(a), Some(w)) => {
                assert_valid_assignment(rows, cols, &cost, a);
                prop_assert_eq!(a.total, w);
            }
            _ => prop_assert!(false, "got {:?}, brute force {:?}", got, want),
        }
    }

    #[test]
    fn assignment_leaves_no_cheaper_or_equal_lower_column_idle(
        (rows, cols, cost) in cost_instance()
    ) {
        let Some(a) = min_cost_assignment(rows, cols, |r, c| cost[r][c]) else {
            return Ok(());
        };
        let mut used = vec![false; cols];
        for &c in &a.row_to_col {
            used[c] = true;
        }
        for (r, &c) in a.row_to_col.iter().enumerate() {
            let mine = cost[r][c].unwrap();
            for x in (0..c).filter(|&x| !used[x]) {
                prop_assert!(
                    cost[r][x].is_none_or(|k| k > mine),
                    "row {} could move from column {} to unused column {}", r, c, x
                );
            }
        }
        // Same input, same assignment.
        prop_assert_eq!(Some(a), min_cost_assignment(rows, cols, |r, c| cost[r][c]));
    }

    #[test]
    fn assignment_is_the_same_in_64_and_128_bits((rows, cols, cost) in cost_instance()) {
        // Costs past 2^40 are searched in 128-bit integers, the others in
        // 64-bit: scaling every cost keeps every comparison of the search,
        // so both must choose the same columns.
        let small = min_cost_assignment(rows, cols, |r, c| cost[r][c]);
        let big = min_cost_assignment(rows, cols, |r, c| cost[r][c].map(|x| x << 41));
        prop_assert_eq!(
            small.as_ref().map(|a| (&a.row_to_col, a.total << 41)),
            big.as_ref().map(|a| (&a.row_to_col, a.total))
        );
    }

    #[test]
    fn matching_size_ignores_people_order(
        ((n_right, adj), perm) in with_permutation(matching_instance(), |(n, _)| *n)
    ) {
        // Out-of-range people stay out of range under the relabelling.
        let relabel = |p: u32| perm.get(p as usize).map_or(p, |&q| q as u32);
        let permuted: Vec<Vec<u32>> =
            adj.iter().map(|es| es.iter().map(|&p| relabel(p)).collect()).collect();
        let a = max_matching(n_right, &adj);
        let b = max_matching(n_right, &permuted);
        assert_valid_matching(n_right, &permuted, &b);
        prop_assert_eq!(a.size, b.size);
    }

    #[test]
    fn assignment_total_ignores_column_order(
        ((rows, cols, cost), perm) in with_permutation(cost_instance(), |(_, c, _)| *c)
    ) {
        let a = min_cost_assignment(rows, cols, |r, c| cost[r][c]);
        let b = min_cost_assignment(rows, cols, |r, c| cost[r][perm[c]]);
        prop_assert_eq!(a.map(|x| x.total), b.map(|x| x.total));
    }
}

/// Tiny deterministic PRNG so the large instances need no extra dependency
/// and are identical on every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn large_matching() {
    const PEOPLE: usize = 10_000;
    let mut rng = SplitMix(1);
    let mut adj: Vec<Vec<u32>> = vec![Vec::new(); 4];
    for _ in 0..40_000 {
        adj[rng.below(4)].push(rng.below(PEOPLE) as u32);
    }
    let m = max_matching(PEOPLE, &adj);
    assert_valid_matching(PEOPLE, &adj, &m);
    assert_eq!(m.size, 4);

    // A tight variant where 3 of the 4 slots compete for the same 2 people:
    // only 3 slots can be filled, and the last slot must use its wide pool.
    let mut tight: Vec<Vec<u32>> = vec![vec![0, 1], vec![0, 1], vec![1, 0]];
    tight.push((0..PEOPLE as u32).rev().collect());
    let m = max_matching(PEOPLE, &tight);
    assert_valid_matching(PEOPLE, &tight, &m);
    assert_eq!(m.size, 3);
}

#[test]
fn large_assignment() {
    const ROWS: usize = 4;
    const COLS: usize = 10_000;
    let mut rng = SplitMix(2);
    // Costs 1..=50 with some forbidden pairs, plus one planted zero-cost
    // column per row so the optimum is known to be exactly 0.
    let mut cost: Vec<Vec<Option<u64>>> = (0..ROWS)
        .map(|_| {
            (0..COLS)
                .map(|_| (rng.below(5) != 0).then(|| 1 + rng.below(50) as u64))
                .collect()
        })
        .collect();
    let planted = [9_999, 17, 5_000, 4_321];
    for (r, &c) in planted.iter().enumerate() {
        cost[r][c] = Some(0);
    }
    let a = min_cost_assignment(ROWS, COLS, |r, c| cost[r][c]).unwrap();
    assert_valid_assignment(ROWS, COLS, &cost, &a);
    assert_eq!(a.total, 0);
    assert_eq!(a.row_to_col, planted);

    // Without the planted zeros, the sum of each row's cheapest cost is a
    // lower bound, and it is attained: with ~8,000 allowed columns per row
    // drawn from 50 costs, every row has dozens of columns at its minimum,
    // so four distinct ones always exist.
    for (r, &c) in planted.iter().enumerate() {
        cost[r][c] = Some(50);
    }
    let a = min_cost_assignment(ROWS, COLS, |r, c| cost[r][c]).unwrap();
    assert_valid_assignment(ROWS, COLS, &cost, &a);
    let row_min: u64 = cost
        .iter()
        .map(|row| row.iter().flatten().copied().min().unwrap())
        .sum();
    assert_eq!(a.total, row_min);
}
