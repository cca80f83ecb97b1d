//! The crate's one sort. Every sort in the core orders positions (indices
//! into a slice) by a total order that breaks ties by position, so the
//! result is the only possible one, whatever the algorithm. It is a
//! bottom-up merge sort through one comparator type: n log n on any input,
//! about n comparisons on input already in order (as keys often are), in a
//! few hundred bytes of wasm, where each instantiation of the standard
//! library's sort costs ~3 KB of the Segment script (docs/development.md).

use std::cmp::Ordering;

/// Sorts `positions` by `compare`, which must be a total order (ties broken
/// by position), so that the result does not depend on the algorithm.
pub(crate) fn sort_positions(positions: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    let len = positions.len();
    if len < 2 {
        return;
    }
    let mut scratch = positions.to_vec();
    // Runs of `width` sorted positions in one buffer become runs of twice
    // that in the other; `in_scratch` says which one holds the runs.
    let mut in_scratch = false;
    let mut width = 1;
    while width < len {
        let (from, to): (&[usize], &mut [usize]) = if in_scratch {
            (&scratch, &mut *positions)
        } else {
            (&*positions, &mut scratch)
        };
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            if middle == end || compare(from[middle - 1], from[middle]) != Ordering::Greater {
                to[start..end].copy_from_slice(&from[start..end]);
                continue;
            }
            let (mut left, mut right) = (start, middle);
            for slot in &mut to[start..end] {
                let take_right = left == middle
                    || (right < end && compare(from[right], from[left]) == Ordering::Less);
                if take_right {
                    *slot = from[right];
                    right += 1;
                } else {
                    *slot = from[left];
                    left += 1;
                }
            }
        }
        in_scratch = !in_scratch;
        width *= 2;
    }
    if in_scratch {
        positions.copy_from_slice(&scratch);
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
