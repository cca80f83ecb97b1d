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

/// Glob matching with `*` only, in linear space; backtracks to the last star.
pub fn matches(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    let mut last_star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == '*' {
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
    pattern[p..].iter().all(|&c| c == '*')
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
