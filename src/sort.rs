//! The crate's one sort. Every sort in the core orders positions (indices
//! into a slice) by a total order that breaks ties by position, through one
//! comparator type, so the wasm carries a single instantiation of the
//! standard library's sort instead of one per call site (each is ~3 KB of
//! the Segment script, see docs/development.md). A total order makes the
//! unstable sort's result the only possible one.

use std::cmp::Ordering;

/// Sorts `positions` by `compare`, which must be a total order (ties broken
/// by position), so that the result does not depend on the algorithm.
pub(crate) fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    positions.sort_unstable_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_comparator_with_ties_by_position() {
        let keys = ["b", "a", "b", "c", "a"];
        let mut positions: Vec<usize> = (0..keys.len()).collect();
        sort_positions(&mut positions, &|a, b| keys[a].cmp(keys[b]).then(a.cmp(&b)));
        assert_eq!(positions, [1, 4, 0, 2, 3]);
    }
}
