//! redactProperties: removes dotted paths from the webhook body.

use crate::json::{Object, Value};

/// Removes each dotted path (`customer.email`). A path that passes through
/// an array applies to every element, so `addons.price` reaches all addons.
pub fn redact(body: &mut Object, paths: &[String]) {
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        remove_from_object(body, &segments);
    }
}

fn remove_from_object(object: &mut Object, segments: &[&str]) {
    match segments {
        [] => {}
        [last] => {
            object.remove(last);
        }
        [first, rest @ ..] => {
            if let Some(child) = object.get_mut(first) {
                remove_from_value(child, rest);
            }
        }
    }
}

fn remove_from_value(value: &mut Value, segments: &[&str]) {
    match value {
        Value::Object(object) => remove_from_object(object, segments),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| remove_from_value(item, segments)),
        _ => {}
    }
}

/// Whether a path removes the member `name` of the top-level object
/// `member` (of the body itself when `None`): the path names it, or one of
/// the objects it sits in.
pub fn removes(paths: &[String], member: Option<&str>, name: &str) -> bool {
    paths.iter().any(|path| match member {
        None => path == name,
        Some(member) => {
            path == member
                || path
                    .strip_prefix(member)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_some_and(|rest| rest == name)
        }
    })
}

/// Whether any path could remove something from a body with these
/// top-level keys: when none can, the body passes through untouched.
pub fn could_apply(paths: &[String], has_top_level_key: impl Fn(&str) -> bool) -> bool {
    paths
        .iter()
        .any(|path| has_top_level_key(path.split('.').next().unwrap_or(path)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse_value, to_text};

    #[test]
    fn removes_says_whether_a_path_takes_a_member_away() {
        let paths = |list: &[&str]| list.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert!(removes(&paths(&["email"]), None, "email"));
        assert!(!removes(&paths(&["email.x"]), None, "email"));
        assert!(removes(
            &paths(&["customer.email"]),
            Some("customer"),
            "email"
        ));
        assert!(removes(&paths(&["customer"]), Some("customer"), "email"));
        assert!(!removes(
            &paths(&["customer.emailx", "customers.email"]),
            Some("customer"),
            "email"
        ));
        assert!(!removes(&paths(&["email"]), Some("customer"), "email"));
    }

    #[test]
    fn removes_nested_top_level_and_array_paths() {
        let mut body = parse_value(
            br#"{"email":"a@b.c","customer":{"id":"c","email":"a@b.c"},"addons":[{"id":1,"price":5},{"id":2,"price":6},3],"keep":true}"#,
        )
        .unwrap()
        .as_object()
        .unwrap()
        .clone();
        let paths = [
            "email",
            "customer.email",
            "addons.price",
            "missing.path",
            "keep.deeper",
        ]
        .map(String::from);
        redact(&mut body, &paths);
        assert_eq!(
            to_text(&Value::Object(body)),
            r#"{"customer":{"id":"c"},"addons":[{"id":1},{"id":2},3],"keep":true}"#
        );
    }

    #[test]
    fn could_apply_looks_at_the_first_segment() {
        let paths = ["customer.email".to_owned()];
        assert!(could_apply(&paths, |key| key == "customer"));
        assert!(!could_apply(&paths, |key| key == "email"));
        assert!(!could_apply(&[], |_| true));
    }
}
