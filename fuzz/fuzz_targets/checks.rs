//! Invariants every successful outcome must hold, shared by the targets.

use stigg_segment::fit::CALL_BUDGET_BYTES;
use stigg_segment::{CallType, Outcome};

pub fn check_outcome(outcome: &Outcome) {
    let json = outcome.to_json();
    // Valid JSON, as independent serde_json reads it (deep bodies aside:
    // serde_json stops at 128 levels).
    if let Err(err) = serde_json::from_str::<serde_json::Value>(&json) {
        assert!(err.to_string().contains("recursion limit"), "{err}: {json}");
    }
    assert_eq!(outcome.calls.is_empty(), outcome.skipped.is_some());
    for call in &outcome.calls {
        assert!(call.size() <= CALL_BUDGET_BYTES, "{} bytes", call.size());
        assert!(call.message_id().chars().count() <= 100);
        let has_user = call.envelope.user_id.as_deref().is_some_and(|id| !id.is_empty());
        let has_anonymous = call.envelope.anonymous_id.as_deref().is_some_and(|id| !id.is_empty());
        assert!(has_user || has_anonymous);
        if call.call_type() == CallType::Track {
            assert!(call.event().is_some_and(|e| !e.is_empty()));
        }
    }
}
