//! The crate's one sort. Every sort in the core orders positions (indices
//! into a slice) by a total order that breaks ties by position, so the
//! result is the only possible one, whatever the algorithm. It is a heapsort
//! through one comparator type: n log n on any input, with no allocation,
//! in a few hundred bytes of wasm, where each instantiation of the standard
//! library's sort costs ~3 KB of the Segment script (docs/development.md).
//! The sorts are of object keys and trimming candidates, never on the
//! common path, so the constant factor matters less than the bytes.

use std::cmp::Ordering;

/// Sorts `positions` by `compare`, which must be a total order (ties broken
/// by position), so that the result does not depend on the algorithm.
pub(crate) fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    let less = |positions: &[usize], a: usize, b: usize| {
        compare(positions[a], positions[b]) == Ordering::Less
    };
    // Moves the element at `root` down until the heap below it holds.
    let sift_down = |positions: &mut [usize], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(positions, child, child + 1) {
            child += 1;
        }
        if !less(positions, root, child) {
            return;
        }
        positions.swap(root, child);
        root = child;
    };
    let len = positions.len();
    for root in (0..len / 2).rev() {
        sift_down(positions, root, len);
    }
    for end in (1..len).rev() {
        positions.swap(0, end);
        sift_down(positions, 0, end);
    }
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

    #[test]
    fn agrees_with_the_standard_sort_on_every_shape() {
        // A small deterministic generator: sorted, reversed, equal, random keys.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for len in (0..70).chain([255, 256, 1000, 4097]) {
            for shape in 0..5 {
                let keys: Vec<u64> = (0..len as u64)
                    .map(|i| match shape {
                        0 => i,
                        1 => len as u64 - i,
                        2 => 7,
                        3 => next() % 4,
                        _ => next(),
                    })
                    .collect();
                let compare = |a: usize, b: usize| keys[a].cmp(&keys[b]).then(a.cmp(&b));
                let mut ours: Vec<usize> = (0..len).collect();
                sort_positions(&mut ours, &compare);
                let mut expected: Vec<usize> = (0..len).collect();
                expected.sort_by(|&a, &b| compare(a, b));
                assert_eq!(ours, expected, "len {len}, shape {shape}");
            }
        }
    }
}
