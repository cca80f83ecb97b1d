//! Byte-level rules of JSON text that both the reader and the writer follow:
//! what whitespace is, where a run of plain string bytes ends, and how a
//! byte offset reads as a line and column. The lowest room of `json`: it
//! uses nothing else of it.

use crate::error::Position;

pub(crate) fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// 1-based line and column of a byte offset; columns count characters.
pub(crate) fn position_of(text: &str, offset: usize) -> Position {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count();
    Position { line, column }
}

/// Where the run of plain string bytes starting at `from` ends: at the
/// first quote, backslash or control character. Most of a webhook is string
/// content, so this is the hot loop; it checks eight bytes at a time.
#[inline(always)]
pub(crate) fn plain_run_end(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte of `word` is zero exactly where the high bit of this is set
    // (for bytes below 0x80; other bytes are never special).
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let quote = has_zero(word ^ (ONES * u64::from(b'"')));
        let backslash = has_zero(word ^ (ONES * u64::from(b'\\')));
        // Bytes below 0x20 have their top three bits clear.
        let control = has_zero(word & (ONES * 0xE0));
        let special = quote | backslash | control;
        if special != 0 {
            return from + (special.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while bytes
        .get(from)
        .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
    {
        from += 1;
    }
    from
}
