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

/// The instant `text` names, in Unix milliseconds, when it is a date-time
/// [`is_iso8601`] accepts (its fraction cut to the millisecond, as `Date`
/// reads it).
pub fn unix_ms(text: &str) -> Option<i64> {
    if !is_iso8601(text) {
        return None;
    }
    // Valid, so every part sits where the form puts it.
    let bytes = text.as_bytes();
    let number = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .fold(0i64, |n, &digit| n * 10 + i64::from(digit - b'0'))
    };
    let days = days_from_civil(number(0, 4), number(5, 7), number(8, 10));
    let mut at = 16;
    let mut millis = (number(11, 13) * 60 + number(14, 16)) * 60_000;
    if bytes[at] == b':' {
        millis += number(17, 19) * 1000;
        at = 19;
        if bytes[at] == b'.' {
            let start = at + 1;
            at = start;
            while bytes[at].is_ascii_digit() {
                at += 1;
            }
            let digits = &bytes[start..at.min(start + 3)];
            let scale = [100, 10, 1];
            for (digit, unit) in digits.iter().zip(scale) {
                millis += i64::from(digit - b'0') * unit;
            }
        }
    }
    let offset = match bytes[at] {
        b'+' | b'-' => {
            let minutes_at = if bytes[at + 3] == b':' {
                at + 4
            } else {
                at + 3
            };
            let minutes = number(at + 1, at + 3) * 60 + number(minutes_at, minutes_at + 2);
            let sign = if bytes[at] == b'+' { 1 } else { -1 };
            sign * minutes * 60_000
        }
        _ => 0,
    };
    Some(days * 86_400_000 + millis - offset)
}

/// A Unix time in milliseconds as `YYYY-MM-DDTHH:MM:SS.mmmZ`, the form
/// JavaScript's `toISOString` writes and Segment's libraries send: what the
/// relays stamp a call's arrival and a batch's `sentAt` with.
pub fn format_unix_ms(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let of_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    let (hour, minute) = (of_day / 3_600_000, of_day / 60_000 % 60);
    let (second, milli) = (of_day / 1000 % 60, of_day % 1000);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}Z")
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01: (year, month, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn formats_unix_milliseconds_as_javascript_does() {
        for (ms, text) in [
            (0, "1970-01-01T00:00:00.000Z"),
            (1_709_287_200_123, "2024-03-01T10:00:00.123Z"),
            (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
        ] {
            assert_eq!(format_unix_ms(ms), text);
            assert!(is_iso8601(text), "{text}");
            assert_eq!(unix_ms(text), Some(ms), "{text}");
        }
    }

    #[test]
    fn reads_the_instant_of_every_form_it_accepts() {
        let at = 1_709_287_200_000; // 2024-03-01T10:00:00Z
        for (text, ms) in [
            ("2024-03-01T10:00:00Z", at),
            ("2024-03-01T10:00Z", at),
            ("2024-03-01t10:00:00.5z", at + 500),
            ("2024-03-01T10:00:00.123000Z", at + 123),
            ("2024-03-01 11:30:00+01:30", at),
            ("2024-03-01T02:00:00-0800", at),
            ("2024-03-01T10:00:00-00:00", at),
        ] {
            assert_eq!(unix_ms(text), Some(ms), "{text}");
        }
        assert_eq!(unix_ms("2024-03-01T10:00:00"), None);
        assert_eq!(unix_ms("2024-02-30T10:00:00Z"), None);
    }

    #[test]
    fn days_and_dates_agree_over_four_centuries() {
        for days in (-146_097 * 2..146_097 * 2).step_by(7) {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(days_from_civil(year, month, day), days);
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
