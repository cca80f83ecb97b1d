//! No import circles among the files of `src/`: each file can be read and
//! changed knowing only the files below it. A file depends on another when
//! its code (tests aside) names it: `crate::x`, `super::x`, or, in a
//! module's root (`lib.rs`, `mod.rs`), a child `x::`. A name re-exported by
//! a parent (`pub use read::Document` in `json/mod.rs`) counts as a use of
//! the file that defines it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

struct File {
    /// The module's children, for the root of a module.
    children: BTreeSet<String>,
    /// `pub use child::{name, ...}`: name → child.
    reexports: BTreeMap<String, String>,
    code: String,
}

fn code_without_tests(text: &str) -> String {
    let cut = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    text[..cut]
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_tree(dir: &Path, module: Module, files: &mut BTreeMap<Module, File>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "bin" {
                let mut child = module.clone();
                child.push(name);
                read_tree(&path, child, files);
            }
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let this = if name == "lib" || name == "mod" {
            module.clone()
        } else {
            let mut this = module.clone();
            this.push(name);
            this
        };
        let code = code_without_tests(&std::fs::read_to_string(&path).unwrap());
        let mut children = BTreeSet::new();
        let mut reexports = BTreeMap::new();
        for line in code.lines().map(str::trim) {
            let line = line.trim_start_matches("#[cfg(feature = \"").trim_start();
            for prefix in ["pub mod ", "mod ", "pub(crate) mod "] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    if let Some(child) = rest.strip_suffix(';') {
                        children.insert(child.to_owned());
                    }
                }
            }
        }
        // `pub use child::{a, b};` (possibly over several lines) or `pub use child::a;`.
        let mut rest = code.as_str();
        while let Some(at) = rest.find("pub use ") {
            let statement_end = rest[at..].find(';').map_or(rest.len(), |end| at + end);
            let statement = &rest[at + "pub use ".len()..statement_end];
            if let Some((child, names)) = statement.split_once("::") {
                let names = names.trim().trim_start_matches('{').trim_end_matches('}');
                for name in names.split(',') {
                    let name = name.trim().rsplit("::").next().unwrap_or("").trim();
                    if !name.is_empty() {
                        reexports.insert(name.to_owned(), child.trim().to_owned());
                    }
                }
            }
            rest = &rest[statement_end..];
        }
        files.insert(
            this,
            File {
                children,
                reexports,
                code,
            },
        );
    }
}

fn identifier_at(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The files a path names, starting from module `base` and the segments
/// after it; a group (`{a, b::c}`) names one per item.
fn resolve(files: &BTreeMap<Module, File>, base: &Module, after: &str) -> Vec<Module> {
    let mut module = base.clone();
    let mut rest = after;
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let close = group.find('}').unwrap_or(group.len());
            let items = &group[..close];
            // A nested group is rare; its items are read from the outer level.
            return items
                .split(',')
                .flat_map(|item| resolve(files, &module, item.trim().trim_start_matches('{')))
                .collect();
        }
        let name = identifier_at(rest);
        if name.is_empty() {
            return vec![module];
        }
        let Some(file) = files.get(&module) else {
            return vec![module];
        };
        if file.children.contains(name) {
            module.push(name.to_owned());
        } else if let Some(child) = file.reexports.get(name) {
            module.push(child.clone());
            return vec![module];
        } else {
            return vec![module];
        }
        rest = &rest[name.len()..];
        match rest.strip_prefix("::") {
            Some(next) => rest = next,
            None => return vec![module],
        }
    }
}

fn dependencies(files: &BTreeMap<Module, File>) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut graph = BTreeMap::new();
    for (module, file) in files {
        let mut uses = BTreeSet::new();
        let parent: Module = module[..module.len().saturating_sub(1)].to_vec();
        let mut starts: Vec<(&str, Module)> = vec![("crate::", Vec::new()), ("super::", parent)];
        // A module's root names its children directly.
        for child in &file.children {
            starts.push((child.as_str(), module.clone()));
        }
        for (needle, base) in starts {
            let mut from = 0;
            while let Some(at) = file.code[from..].find(needle) {
                let at = from + at;
                from = at + needle.len();
                let before = file.code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let targets = if needle.ends_with("::") {
                    resolve(files, &base, &file.code[at + needle.len()..])
                } else if file.code[at + needle.len()..].starts_with("::") {
                    let mut target = base.clone();
                    target.push(needle.to_owned());
                    resolve(files, &target, &file.code[at + needle.len() + 2..])
                } else {
                    continue;
                };
                for target in targets {
                    if &target != module && !module.starts_with(&target) {
                        uses.insert(target);
                    }
                }
            }
        }
        graph.insert(module.clone(), uses);
    }
    graph
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "lib.rs".to_owned()
    } else {
        module.join("::")
    }
}

/// Each circle found, as the modules along it.
fn circles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        at: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        marks: &mut BTreeMap<Module, Mark>,
        stack: &mut Vec<Module>,
        found: &mut Vec<Vec<String>>,
    ) {
        marks.insert(at.clone(), Mark::Open);
        stack.push(at.clone());
        for next in graph.get(at).into_iter().flatten() {
            match marks.get(next) {
                Some(Mark::Open) => {
                    let start = stack.iter().position(|m| m == next).unwrap();
                    let mut circle: Vec<String> = stack[start..].iter().map(name).collect();
                    circle.push(name(next));
                    found.push(circle);
                }
                Some(Mark::Done) => {}
                None => visit(next, graph, marks, stack, found),
            }
        }
        stack.pop();
        marks.insert(at.clone(), Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut found = Vec::new();
    for module in graph.keys() {
        if !marks.contains_key(module) {
            visit(module, graph, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

fn source_graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = BTreeMap::new();
    // `LAYOUT_SRC=/path/to/src` checks another tree (e.g. an older commit's).
    let src = std::env::var("LAYOUT_SRC")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/src").to_owned());
    read_tree(Path::new(&src), Vec::new(), &mut files);
    dependencies(&files)
}

#[test]
fn no_file_of_src_is_in_an_import_circle() {
    let graph = source_graph();
    let found = circles(&graph);
    let shown: Vec<String> = found.iter().map(|circle| circle.join(" -> ")).collect();
    assert!(
        shown.is_empty(),
        "import circles among src/ files:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_graph_sees_real_dependencies() {
    let graph = source_graph();
    let uses = |from: &[&str], to: &[&str]| {
        let from: Module = from.iter().map(|s| s.to_string()).collect();
        let to: Module = to.iter().map(|s| s.to_string()).collect();
        graph.get(&from).is_some_and(|set| set.contains(&to))
    };
    // One per kind of reference: `super::`, a re-export through `json/mod.rs`, `crate::`.
    assert!(uses(&["json", "read"], &["json", "scan"]));
    assert!(uses(&["settings"], &["json", "value"]));
    assert!(uses(&["settings"], &["secret"]));
}

#[test]
fn a_circle_is_found() {
    let a: Module = vec!["a".into()];
    let b: Module = vec!["b".into()];
    let graph = BTreeMap::from([
        (a.clone(), BTreeSet::from([b.clone()])),
        (b.clone(), BTreeSet::from([a.clone()])),
    ]);
    assert_eq!(
        circles(&graph),
        vec![vec!["a".to_owned(), "b".to_owned(), "a".to_owned()]]
    );
}
