//! A strict check for ISO 8601 date-times, as Segment's `timestamp` field
//! expects: a full date, a time and a UTC offset. Anything looser would make
//! Segment guess a time zone, so it is left out rather than sent. Segment
//! and its destinations read the field with JavaScript's `Date`, so only
//! forms `Date.parse` reads as the same instant pass: no leap second (it
//! gives NaN), no decimal comma (NaN), and no digits past the millisecond
//! that `Date` would silently drop.

/// Whether `text` is `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or
/// an offset `±HH:MM` / `±HHMM`, with a real calendar date.
pub fn is_iso8601(text: &str) -> bool {
    parse(text.as_bytes()).is_some()
}

fn parse(bytes: &[u8]) -> Option<()> {
    let mut cursor = Cursor { bytes, at: 0 };
    let year = cursor.number(4)?;
    cursor.expect(b'-')?;
    let month = cursor.number(2)?;
    cursor.expect(b'-')?;
    let day = cursor.number(2)?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    match cursor.next()? {
        b'T' | b't' | b' ' => {}
        _ => return None,
    }
    let hour = cursor.number(2)?;
    cursor.expect(b':')?;
    let minute = cursor.number(2)?;
    let mut second = 0;
    if cursor.peek() == Some(b':') {
        cursor.at += 1;
        second = cursor.number(2)?;
        if cursor.peek() == Some(b'.') {
            cursor.at += 1;
            let start = cursor.at;
            let digits = cursor.digits();
            let mut past_milliseconds = cursor.bytes[start..cursor.at].iter().skip(3);
            if digits == 0 || past_milliseconds.any(|&digit| digit != b'0') {
                return None;
            }
        }
    }
    // A leap second (60) is valid ISO 8601, but Date.parse gives NaN.
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    match cursor.next()? {
        b'Z' | b'z' => {}
        b'+' | b'-' => {
            let offset_hours = cursor.number(2)?;
            if cursor.peek() == Some(b':') {
                cursor.at += 1;
            }
            let offset_minutes = cursor.number(2)?;
            if offset_hours > 23 || offset_minutes > 59 {
                return None;
            }
        }
        _ => return None,
    }
    (cursor.at == bytes.len()).then_some(())
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn expect(&mut self, wanted: u8) -> Option<()> {
        (self.next()? == wanted).then_some(())
    }

    /// Exactly `width` ASCII digits as a number.
    fn number(&mut self, width: usize) -> Option<u32> {
        let mut value = 0;
        for _ in 0..width {
            let byte = self.next()?;
            if !byte.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u32::from(byte - b'0');
        }
        Some(value)
    }

    /// Skips a run of digits and says how many there were.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }
}

#[cfg(test)]
mod tests {
    use super::is_iso8601;

    #[test]
    fn accepts_the_forms_stigg_and_segment_use() {
        for text in [
            "2024-03-01T10:00:00.000Z",
            "2024-03-01T10:00:00Z",
            "2024-03-01T10:00Z",
            "2024-02-29T23:59:59.123000000+05:30",
            "2024-03-01 10:00:00-0800",
            "2000-02-29T00:00:00z",
        ] {
            assert!(is_iso8601(text), "{text}");
        }
    }

    #[test]
    fn rejects_anything_incomplete_or_impossible() {
        for text in [
            "",
            "2024-03-01",
            "2024-03-01T10:00:00",
            "2023-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-03-01T24:00:00Z",
            "2024-03-01T10:60:00Z",
            "2024-03-01T10:00:00.Z",
            "2024-03-01T10:00:00Z ",
            "2024-3-01T10:00:00Z",
            "Fri, 01 Mar 2024 10:00:00 GMT",
            "1700000000",
            // Date.parse gives NaN, or drops what it cannot hold.
            "2024-03-01T23:59:60Z",
            "2024-03-01T10:00:00,5Z",
            "2024-03-01T10:00:00.1234Z",
        ] {
            assert!(!is_iso8601(text), "{text}");
        }
    }
}
