//! How long a JSON number is once JavaScript has read it and
//! `JSON.stringify` written it again: the size rules the reader (how much a
//! body grows) and the writer (what a call weighs) share.

use super::scan::plain_run_end;

/// The length of a JSON number once JavaScript has read it and
/// `JSON.stringify` written it again, without floating-point code (which
/// would add tens of KB to the wasm). Exact for numbers of up to 15
/// significant digits (nearly all): every such decimal is the shortest text
/// of the double it reads as, so only the layout changes. For longer ones,
/// which JavaScript cuts to at most 17 digits, and for what overflows or
/// underflows, an upper bound, so a size is never underestimated.
pub fn js_number_len(text: &str) -> usize {
    match significant(text) {
        Some((negative, k, n)) if k <= 15 && (-300..=300).contains(&n) => {
            usize::from(negative) + js_layout_len(k, n)
        }
        // Rounding to 17 digits can carry into one more place.
        Some((negative, k, n)) => {
            let k = k.min(17);
            let longest = js_layout_len(k, n).max(js_layout_len(k, n + 1));
            usize::from(negative) + longest.max("null".len())
        }
        // An exponent beyond any i64: Infinity (`null`) or zero.
        None => "null".len(),
    }
}

/// A JSON number's sign, its count of significant digits `k` and the
/// decimal exponent `n` of ECMAScript's Number::toString (value =
/// 0.d1d2...dk × 10^n). `Some((false, 1, 1))` for zero, which is written
/// `0`; None when the exponent does not fit an i64.
fn significant(text: &str) -> Option<(bool, usize, i64)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], rest[at + 1..].parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    let leading = digits().take_while(|&b| b == b'0').count();
    let total = whole.len() + fraction.len();
    if leading == total {
        return Some((false, 1, 1));
    }
    let trailing = digits().rev().take_while(|&b| b == b'0').count();
    let k = total - leading - trailing;
    // The first significant digit's place: value = 0.d1... × 10^n.
    let n = (whole.len() as i64 - leading as i64).saturating_add(exponent);
    Some((negative, k, n))
}

/// The length ECMAScript's Number::toString gives `k` significant digits
/// with decimal exponent `n`, without the sign.
fn js_layout_len(k: usize, n: i64) -> usize {
    let k_signed = k as i64;
    if k_signed <= n && n <= 21 {
        n as usize
    } else if 0 < n && n <= 21 {
        k + 1
    } else if -6 < n && n <= 0 {
        2 + (-n) as usize + k
    } else {
        let exponent = n.saturating_sub(1).unsigned_abs() as usize;
        k + usize::from(k > 1) + 2 + decimal_digits(exponent)
    }
}

/// How many digits `n` takes in decimal.
pub(crate) fn decimal_digits(mut n: usize) -> usize {
    let mut len = 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
}

/// A JSON number as `JSON.stringify` writes it after `JSON.parse`, with
/// floating point (test-only, the reference for [`js_number_len`]):
/// shortest round-trip digits, exponent form from 1e21 and below 1e-6,
/// `0` for `-0` and `null` for what overflows to Infinity.
#[cfg(test)]
pub fn js_number_text(text: &str) -> String {
    let value: f64 = text.parse().unwrap_or(f64::NAN);
    if !value.is_finite() {
        return "null".to_owned();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    // Rust writes the shortest round-trip digits too; only the layout
    // differs (ECMAScript Number::toString).
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i64;
    let n = exponent.parse::<i64>().unwrap_or(0) + 1;
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.push_str(&"0".repeat((n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-n) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
}

/// How many bytes the numbers in valid JSON `text` grow by when JavaScript
/// writes them again (`1e20` becomes 21 digits). One pass; strings are
/// skipped eight bytes at a time.
pub(crate) fn number_growth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut growth = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'"' => {
                at += 1;
                loop {
                    at = plain_run_end(bytes, at);
                    match bytes.get(at) {
                        Some(b'\\') => at += 2,
                        Some(b'"') => {
                            at += 1;
                            break;
                        }
                        // Control characters cannot occur in valid JSON.
                        Some(_) => at += 1,
                        None => break,
                    }
                }
            }
            b'-' | b'0'..=b'9' => {
                let start = at;
                while bytes
                    .get(at)
                    .is_some_and(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                {
                    at += 1;
                }
                let number = &text[start..at];
                growth += js_number_len(number).saturating_sub(number.len());
            }
            _ => at += 1,
        }
    }
    growth
}
