//! eventAllowlist and eventDenylist: type patterns where `*` matches any run
//! of characters, dots included.

use crate::json::quoted;

/// Why a type is filtered out, or None when it passes.
pub fn rejection(event_type: &str, allow: &[String], deny: &[String]) -> Option<String> {
    if !allow.is_empty() && !allow.iter().any(|pattern| matches(pattern, event_type)) {
        return Some(format!(
            "{} matches no pattern in eventAllowlist",
            quoted(event_type)
        ));
    }
    deny.iter()
        .find(|pattern| matches(pattern, event_type))
        .map(|pattern| {
            format!(
                "{} matches eventDenylist pattern {}",
                quoted(event_type),
                quoted(pattern)
            )
        })
}

/// Glob matching with `*` only, in constant space; backtracks to the last
/// star. On bytes: UTF-8 is self-synchronising, so a pattern's characters
/// can only match whole characters of the text, and a star's run is whole
/// characters too; the answer is the one matching by characters gives.
pub fn matches(pattern: &str, text: &str) -> bool {
    let (pattern, text) = (pattern.as_bytes(), text.as_bytes());
    let (mut p, mut t) = (0, 0);
    let mut last_star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == b'*' {
            last_star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((star, matched_until)) = last_star {
            p = star + 1;
            t = matched_until + 1;
            last_star = Some((star, matched_until + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_any_run_including_dots() {
        assert!(matches("subscription.*", "subscription.trial.ends_soon"));
        assert!(matches("*.created", "customer.created"));
        assert!(matches("*", "anything"));
        assert!(matches("sub*tion.*ed", "subscription.canceled"));
        assert!(!matches("subscription.*", "subscriptions.x"));
        assert!(!matches("subscription.*", "customer.created"));
        assert!(!matches("customer.created", "customer.created.x"));
        assert!(matches("customer.created", "customer.created"));
        assert!(!matches("a*b", "a"));
    }

    /// Matching by characters, the plain recursive way.
    fn matches_by_chars(pattern: &[char], text: &[char]) -> bool {
        match pattern.split_first() {
            None => text.is_empty(),
            Some(('*', rest)) => (0..=text.len()).any(|skip| matches_by_chars(rest, &text[skip..])),
            Some((c, rest)) => text.first() == Some(c) && matches_by_chars(rest, &text[1..]),
        }
    }

    #[test]
    fn bytes_match_as_characters_do_with_multibyte_text() {
        // Every string of up to 4 characters over an alphabet mixing one-,
        // two-, three- and four-byte characters, each against each.
        let alphabet = ['a', 'é', '日', '😀', '*'];
        let mut strings = vec![String::new()];
        for length in 1..=4 {
            let previous: Vec<String> = strings
                .iter()
                .filter(|s| s.chars().count() == length - 1)
                .cloned()
                .collect();
            for s in previous {
                for c in alphabet {
                    strings.push(format!("{s}{c}"));
                }
            }
        }
        let texts: Vec<&String> = strings.iter().filter(|s| !s.contains('*')).collect();
        for pattern in &strings {
            let pattern_chars: Vec<char> = pattern.chars().collect();
            for text in &texts {
                let text_chars: Vec<char> = text.chars().collect();
                assert_eq!(
                    matches(pattern, text),
                    matches_by_chars(&pattern_chars, &text_chars),
                    "{pattern:?} against {text:?}"
                );
            }
        }
    }

    #[test]
    fn allowlist_then_denylist() {
        let allow = vec!["subscription.*".to_owned()];
        let deny = vec!["subscription.trial.*".to_owned()];
        assert_eq!(rejection("subscription.created", &allow, &deny), None);
        assert!(rejection("subscription.trial.ends_soon", &allow, &deny)
            .unwrap()
            .contains("eventDenylist pattern \"subscription.trial.*\""));
        assert!(rejection("plan.created", &allow, &deny)
            .unwrap()
            .contains("eventAllowlist"));
        assert_eq!(rejection("plan.created", &[], &[]), None);
    }
}
