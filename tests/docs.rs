//! Every link in README.md, docs/, BENCHMARKS.md and pkg/README.md resolves:
//! a relative link names a file of the repository, and a `#fragment` names a
//! heading of its page (GitHub's anchors). External links are not fetched.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pages() -> Vec<PathBuf> {
    let mut pages = vec![
        root().join("README.md"),
        root().join("BENCHMARKS.md"),
        root().join("pkg/README.md"),
    ];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// The text outside fenced code blocks and inline code, where links live.
fn prose(markdown: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut in_code = false;
        for ch in line.chars() {
            if ch == '`' {
                in_code = !in_code;
                out.push(' ');
            } else if !in_code {
                out.push(ch);
            } else {
                out.push('x');
            }
        }
        out.push('\n');
    }
    out
}

/// `[text](target)` targets, in order.
fn links(markdown: &str) -> Vec<String> {
    let text = prose(markdown);
    let mut found = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        match after.find(')') {
            Some(close) => {
                found.push(after[..close].to_owned());
                rest = &after[close..];
            }
            None => break,
        }
    }
    found
}

/// GitHub's anchor for a heading: lower case, punctuation other than `-`
/// and `_` dropped, spaces turned into `-`; repeats get `-1`, `-2`, ...
fn anchors(markdown: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced || !line.starts_with('#') {
            continue;
        }
        let heading = line.trim_start_matches('#').trim();
        let base: String = heading
            .to_lowercase()
            .chars()
            .filter(|ch| ch.is_alphanumeric() || *ch == '-' || *ch == '_' || *ch == ' ')
            .map(|ch| if ch == ' ' { '-' } else { ch })
            .collect();
        let mut anchor = base.clone();
        let mut n = 0;
        while seen.contains(&anchor) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
        seen.insert(anchor);
    }
    seen
}

fn check_link(page: &Path, target: &str) -> Result<(), String> {
    if target.starts_with("http://")
        || target.starts_with("https://")
        || target.starts_with("mailto:")
    {
        return Ok(());
    }
    let (file, fragment) = match target.split_once('#') {
        Some((file, fragment)) => (file, Some(fragment)),
        None => (target, None),
    };
    let linked = if file.is_empty() {
        page.to_path_buf()
    } else {
        page.parent().unwrap().join(file)
    };
    if !linked.exists() {
        return Err(format!("{target}: {} does not exist", linked.display()));
    }
    if let Some(fragment) = fragment {
        let text = std::fs::read_to_string(&linked)
            .map_err(|err| format!("{target}: cannot read {}: {err}", linked.display()))?;
        if !anchors(&text).contains(fragment) {
            return Err(format!("{target}: no heading with anchor #{fragment}"));
        }
    }
    Ok(())
}

#[test]
fn every_link_in_the_docs_resolves() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for target in links(&text) {
            checked += 1;
            if let Err(why) = check_link(&page, &target) {
                broken.push(format!(
                    "{}: {why}",
                    page.strip_prefix(root()).unwrap().display()
                ));
            }
        }
    }
    assert!(
        checked > 10,
        "only {checked} links found: is the link reader broken?"
    );
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_link_reader_sees_links_and_not_code() {
    let text = "see [a](docs/a.md#x) and `[b](not-a-link)`\n```\n[c](nor-this)\n```\n";
    assert_eq!(links(text), vec!["docs/a.md#x".to_owned()]);
    let headings = anchors(
        "# Deploying: `make deploy`\n## Accounts, plans (all off)\n## Accounts, plans (all off)\n",
    );
    assert!(headings.contains("deploying-make-deploy"));
    assert!(headings.contains("accounts-plans-all-off"));
    assert!(headings.contains("accounts-plans-all-off-1"));
}

#[test]
fn a_missing_file_or_heading_is_reported() {
    let page = root().join("README.md");
    assert!(check_link(&page, "docs/no-such-page.md").is_err());
    assert!(check_link(&page, "docs/events.md#no-such-heading").is_err());
    assert!(check_link(&page, "docs/events.md").is_ok());
}

#[test]
fn the_readme_stays_a_front_door() {
    let lines = std::fs::read_to_string(root().join("README.md"))
        .unwrap()
        .lines()
        .count();
    assert!(
        lines <= 150,
        "README.md has {lines} lines; keep it at most 150 and move the rest to docs/"
    );
}
