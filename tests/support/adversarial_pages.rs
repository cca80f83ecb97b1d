//! Adversarial pages of Stigg's REST API: the worst shapes an API (or
//! whatever answers at its URL) can send within the sync's page limit
//! (`stigg::api::MAX_PAGE_BYTES`, 8 MiB), generated here rather than
//! committed, as tests/support/adversarial.rs does for webhook bodies.
//! Every record is a customer the sync can read (`id`, `updatedAt`), the
//! bulk in its `metadata`, so a page that reads goes through the sync's
//! rule too. Used by tests/stigg_pages.rs.

/// One adversarial page: a name for reports, the page, and how many
/// records it holds when it reads (`None`: it must fail, naming the page).
pub struct Case {
    pub name: String,
    pub page: String,
    pub records: Option<usize>,
}

/// Every case; `limit` is the page limit, which each page reaches to
/// within a few bytes unless said otherwise.
pub fn corpus(limit: usize) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |name: &str, page: String, records: Option<usize>| {
        cases.push(Case {
            name: name.to_owned(),
            page,
            records,
        });
    };
    // A realistic page, only larger than a webhook may be: 100 customers
    // with 6 KB of metadata each.
    add(
        "hundred_customers_600_kib",
        large_records(100, 6_000),
        Some(100),
    );
    add("exactly_at_the_limit", at_the_limit(limit), Some(1));
    add("one_byte_over_the_limit", over_the_limit(limit), None);
    add("wide_metadata", wide_metadata(limit), Some(1));
    let tiny = many_records(limit);
    let count = (tiny.len() - page("").len()).div_ceil(3);
    add("many_tiny_records", tiny, Some(count));
    add("deep_metadata", deep_metadata(limit, 990), Some(1));
    add("deeper_than_the_reader_goes", deep_metadata(0, 1_200), None);
    add(
        "one_duplicate_among_many_keys",
        one_duplicate(limit),
        Some(1),
    );
    add("every_key_the_same", same_key(limit), Some(1));
    add("duplicate_data_members", duplicate_data(limit), Some(1));
    add("one_huge_string", huge_string(limit, "x"), Some(1));
    add(
        "one_huge_string_of_escapes",
        huge_string(limit, "\\u00e9\\n"),
        Some(1),
    );
    add("arrays_of_arrays", arrays_of_arrays(limit), Some(1));
    add("truncated_at_the_limit", truncated(limit), None);
    cases
}

/// `{"data":[records],"pagination":{"next":null}}`.
fn page(records: &str) -> String {
    format!("{{\"data\":[{records}],\"pagination\":{{\"next\":null,\"prev\":null}}}}")
}

/// A customer record whose metadata is `metadata` (JSON text).
fn customer(i: usize, metadata: &str) -> String {
    format!(
        "{{\"id\":\"customer-{i:06}\",\"name\":\"Customer {i}\",\"email\":\"c{i}@example.com\",\
         \"updatedAt\":\"2024-03-01T10:00:00.000Z\",\"archivedAt\":null,\"metadata\":{metadata}}}"
    )
}

/// The room left in a page of one customer for its metadata's bulk.
fn room(limit: usize, around: usize) -> usize {
    limit.saturating_sub(page(&customer(0, "")).len() + around)
}

fn large_records(count: usize, metadata_bytes: usize) -> String {
    let note = "n".repeat(metadata_bytes);
    let records: Vec<String> = (0..count)
        .map(|i| customer(i, &format!("{{\"note\":\"{note}\",\"tier\":\"gold\"}}")))
        .collect();
    page(&records.join(","))
}

/// One customer whose metadata's string fills the page to the byte.
fn at_the_limit(limit: usize) -> String {
    let fill = "a".repeat(room(limit, "{\"a\":\"\"}".len()));
    let page = page(&customer(0, &format!("{{\"a\":\"{fill}\"}}")));
    assert_eq!(page.len(), limit);
    page
}

fn over_the_limit(limit: usize) -> String {
    let fill = "a".repeat(room(limit, "{\"a\":\"\"}".len()) + 1);
    page(&customer(0, &format!("{{\"a\":\"{fill}\"}}")))
}

/// Hundreds of thousands of one-letter-and-a-number keys.
fn wide_metadata(limit: usize) -> String {
    let budget = room(limit, 2);
    let mut members = String::with_capacity(budget);
    let mut i = 0usize;
    loop {
        let member = format!("{}\"k{i}\":0", if i == 0 { "" } else { "," });
        if members.len() + member.len() > budget {
            break;
        }
        members.push_str(&member);
        i += 1;
    }
    page(&customer(0, &format!("{{{members}}}")))
}

/// A page of `{}` records by the million: far more than the 100 a page may
/// hold, and none a customer.
fn many_records(limit: usize) -> String {
    let count = (limit - page("").len()) / 3;
    page(&vec!["{}"; count].join(","))
}

/// Metadata nested `depth` levels, its bulk at the bottom.
fn deep_metadata(limit: usize, depth: usize) -> String {
    let open = "{\"d\":".repeat(depth);
    let close = "}".repeat(depth);
    let around = open.len() + close.len() + "{\"bulk\":\"\"}".len();
    let fill = "b".repeat(room(limit, around));
    page(&customer(
        0,
        &format!("{open}{{\"bulk\":\"{fill}\"}}{close}"),
    ))
}

/// Tens of thousands of keys, the first repeated last.
fn one_duplicate(limit: usize) -> String {
    let budget = room(limit, 16);
    let mut members = String::from("\"k0\":0");
    let mut i = 1usize;
    while members.len() + 16 < budget {
        members.push_str(&format!(",\"k{i}\":{i}"));
        i += 1;
    }
    members.push_str(",\"k0\":1");
    page(&customer(0, &format!("{{{members}}}")))
}

/// The same key, over and over.
fn same_key(limit: usize) -> String {
    let count = room(limit, 2) / 7;
    let members = vec!["\"k\":0"; count].join(",");
    page(&customer(0, &format!("{{{members}}}")))
}

/// `data` given many times over, the last one a page of one customer: the
/// last wins, as for `JSON.parse`.
fn duplicate_data(limit: usize) -> String {
    let last = format!(
        "\"data\":[{}],\"pagination\":{{\"next\":null}}",
        customer(0, "{}")
    );
    let mut page = String::from("{");
    while page.len() + 12 + last.len() + 1 < limit {
        page.push_str("\"data\":[1],");
    }
    page.push_str(&last);
    page.push('}');
    page
}

/// One metadata string made of `unit` over and over.
fn huge_string(limit: usize, unit: &str) -> String {
    let count = room(limit, "{\"s\":\"\"}".len()) / unit.len();
    page(&customer(
        0,
        &format!("{{\"s\":\"{}\"}}", unit.repeat(count)),
    ))
}

/// An array of small arrays of objects.
fn arrays_of_arrays(limit: usize) -> String {
    let unit = ",[{\"a\":[[]]},[]]";
    let count = room(limit, "{\"rows\":[[]]}".len()) / unit.len();
    page(&customer(
        0,
        &format!("{{\"rows\":[[]{}]}}", unit.repeat(count)),
    ))
}

/// A page cut off inside a string, as a host that stopped reading at the
/// limit would hold it.
fn truncated(limit: usize) -> String {
    let mut page = over_the_limit(limit + 64);
    page.truncate(limit);
    page
}
