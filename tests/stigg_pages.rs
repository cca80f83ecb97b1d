//! Pages of Stigg's REST API as the sync reads them (`stigg::api`), the
//! adversarial ones (tests/support/adversarial_pages.rs) included: each
//! reads, or fails with an error naming the page, within the fuzz targets'
//! time bound per input; and every customer of a page that reads goes
//! through the sync's rule within it too.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use stigg_segment::settings::Settings;
use stigg_segment::stigg::api::{self, Plans, MAX_PAGE_BYTES, MAX_PAGE_SIZE};
use stigg_segment::ErrorKind;

#[path = "support/adversarial_pages.rs"]
mod adversarial_pages;

#[path = "../fuzz/fuzz_targets/checks.rs"]
mod checks;

#[test]
fn every_adversarial_page_reads_or_fails_naming_the_page_within_the_time_bound() {
    let settings = Settings::from_json_text(r#"{"groupCalls":true,"planTraits":true}"#).unwrap();
    let plans = Plans::new();
    for case in adversarial_pages::corpus(MAX_PAGE_BYTES) {
        let started = Instant::now();
        let read = api::read_page(case.page.as_bytes());
        match (read, case.records) {
            (Ok(page), Some(records)) => {
                assert_eq!(page.data.len(), records, "{}", case.name);
                assert_eq!(page.next, None, "{}", case.name);
                // A page the API could send (100 records at most) goes
                // through the sync's rule as well.
                if records <= MAX_PAGE_SIZE {
                    for record in page.data {
                        let synced =
                            stigg_segment::sync::customer_calls(record, &[], &plans, &settings)
                                .unwrap_or_else(|err| panic!("{}: {err}", case.name));
                        assert_eq!(synced.calls.len(), 2, "{}", case.name);
                        for call in &synced.calls {
                            assert!(
                                call.size() <= stigg_segment::fit::CALL_BUDGET_BYTES,
                                "{}",
                                case.name
                            );
                        }
                    }
                }
            }
            (Err(err), None) => {
                assert_eq!(err.kind, ErrorKind::InvalidEventPayload, "{}", case.name);
                assert!(
                    err.message.starts_with("the page is "),
                    "{}: {}",
                    case.name,
                    err.message
                );
                assert!(!err.message.contains("Segment"), "{}", err.message);
            }
            (Ok(page), None) => panic!("{}: read {} records", case.name, page.data.len()),
            (Err(err), Some(_)) => panic!("{}: {err}", case.name),
        }
        checks::check_time(started, &case.name);
    }
}

#[test]
fn a_page_over_a_webhooks_limit_reads_and_one_over_the_page_limit_says_so() {
    let webhook_limit = stigg_segment::json::MAX_BODY_BYTES;
    let record = format!(
        r#"{{"id":"plan-big","displayName":"Big","description":"{}"}}"#,
        "d".repeat(webhook_limit)
    );
    let page = format!(r#"{{"data":[{record}],"pagination":{{"next":"plan-big"}}}}"#);
    assert!(page.len() > webhook_limit);
    let read = api::read_page(page.as_bytes()).unwrap();
    assert_eq!(read.data.len(), 1);
    assert_eq!(read.next.as_deref(), Some("plan-big"));
    let mut plans = Plans::new();
    plans.add(&read.data[0]).unwrap();
    assert_eq!(plans.len(), 1);

    // What a host holds once it stopped reading, one byte past the limit.
    let over = vec![b' '; MAX_PAGE_BYTES + 1];
    let err = api::read_page(&over).unwrap_err();
    assert_eq!(
        err.message,
        format!(
            "the page is at least {} bytes; the sync reads a page of at most {MAX_PAGE_BYTES} bytes (8 MiB)",
            MAX_PAGE_BYTES + 1
        )
    );
    for (body, phrase) in [
        (&b""[..], "the page is empty"),
        (b"{\"data\":[\xff]}", "the page is not valid UTF-8"),
        (b"{\"data\":[}", "the page is not valid JSON"),
    ] {
        let err = api::read_page(body).unwrap_err();
        assert!(err.message.starts_with(phrase), "{}", err.message);
    }
}
