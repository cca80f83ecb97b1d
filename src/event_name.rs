//! Turns a Stigg type into a Segment event name.

use crate::settings::EventNameStyle;
use crate::stigg::Reading;

pub fn event_name(event_type: &str, style: EventNameStyle) -> String {
    match style {
        // Exactly what Stigg's example function does: type.split('.').join('_').
        EventNameStyle::SnakeCase => event_type.replace('.', "_"),
        EventNameStyle::ObjectAction => title_case(event_type),
        EventNameStyle::Original => event_type.to_owned(),
        // The catalogue names the types the B2B SaaS Spec has an event for.
        EventNameStyle::SegmentSpec => match Reading::of(event_type).spec_event() {
            Some(spec) => spec.name.to_owned(),
            None => title_case(event_type),
        },
    }
}

/// Segment's recommended "Object Action" naming: every word of the type,
/// split at dots, underscores, any other ASCII punctuation or space, and
/// camelCase humps, capitalised and joined by single spaces.
///
/// Casing is ASCII only: Stigg's types are ASCII, and Unicode case tables
/// would add 12 KB to the wasm. Other letters are kept as written.
fn title_case(event_type: &str) -> String {
    let mut name = String::with_capacity(event_type.len() + 8);
    let is_separator = |c: char| c.is_ascii() && !c.is_ascii_alphanumeric();
    for part in event_type.split(is_separator) {
        for word in camel_words(part) {
            if !name.is_empty() {
                name.push(' ');
            }
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                name.push(first.to_ascii_uppercase());
                name.push_str(chars.as_str());
            }
        }
    }
    name
}

/// Splits `promotionalEntitlement` into `promotional`, `Entitlement`, and
/// `SSOLogin` into `SSO`, `Login`.
fn camel_words(part: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = part.char_indices().collect();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (at, current) = chars[i];
        let previous = chars[i - 1].1;
        let next_is_lower = chars
            .get(i + 1)
            .is_some_and(|(_, c)| c.is_ascii_lowercase());
        let hump = current.is_ascii_uppercase()
            && (previous.is_ascii_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_ascii_uppercase() && next_is_lower));
        if hump {
            words.push(&part[start..at]);
            start = at;
        }
    }
    if start < part.len() {
        words.push(&part[start..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventNameStyle::*;

    #[test]
    fn snake_case_matches_the_reference_function() {
        assert_eq!(
            event_name("subscription.trial.ends_soon", SnakeCase),
            "subscription_trial_ends_soon"
        );
        assert_eq!(
            event_name("promotionalEntitlement.granted", SnakeCase),
            "promotionalEntitlement_granted"
        );
        assert_eq!(event_name("a..b.", SnakeCase), "a__b_");
    }

    #[test]
    fn object_action_is_title_case() {
        assert_eq!(
            event_name("subscription.trial.ends_soon", ObjectAction),
            "Subscription Trial Ends Soon"
        );
        assert_eq!(
            event_name("promotionalEntitlement.granted", ObjectAction),
            "Promotional Entitlement Granted"
        );
        assert_eq!(
            event_name("customer.created", ObjectAction),
            "Customer Created"
        );
        assert_eq!(
            event_name("credit_grant.balance_low", ObjectAction),
            "Credit Grant Balance Low"
        );
        assert_eq!(event_name("sync.SSOLogin", ObjectAction), "Sync SSO Login");
        assert_eq!(event_name("..a..b..", ObjectAction), "A B");
        // Letters beyond ASCII are words, kept as written (no Unicode tables).
        assert_eq!(event_name("über.événement", ObjectAction), "über événement");
        assert_eq!(
            event_name("plan.überCreated", ObjectAction),
            "Plan über Created"
        );
        assert_eq!(
            event_name("plan v2.created", ObjectAction),
            "Plan V2 Created"
        );
        assert_eq!(event_name(".", ObjectAction), "");
    }

    #[test]
    fn segment_spec_names_the_spec_events_and_title_cases_the_rest() {
        assert_eq!(
            event_name("subscription.trial_started", SegmentSpec),
            "Trial Started"
        );
        assert_eq!(
            event_name("subscription.trial_expired", SegmentSpec),
            "Trial Ended"
        );
        assert_eq!(
            event_name("customer.created", SegmentSpec),
            "Account Created"
        );
        assert_eq!(
            event_name("customer.deleted", SegmentSpec),
            "Account Deleted"
        );
        assert_eq!(
            event_name("subscription.trial_converted", SegmentSpec),
            "Subscription Trial Converted"
        );
        assert_eq!(event_name("invoice.paid", SegmentSpec), "Invoice Paid");
    }

    #[test]
    fn original_keeps_the_type() {
        assert_eq!(
            event_name("subscription.trial.ends_soon", Original),
            "subscription.trial.ends_soon"
        );
    }
}
