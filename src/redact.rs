//! redactProperties: removes dotted paths from the webhook body.

use serde_json::{Map, Value};

/// Removes each dotted path (`customer.email`). A path that passes through
/// an array applies to every element, so `addons.price` reaches all addons.
pub fn redact(body: &mut Map<String, Value>, paths: &[String]) {
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        remove_from_object(body, &segments);
    }
}

fn remove_from_object(object: &mut Map<String, Value>, segments: &[&str]) {
    match segments {
        [] => {}
        [last] => {
            object.remove(*last);
        }
        [first, rest @ ..] => {
            if let Some(child) = object.get_mut(*first) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn removes_nested_top_level_and_array_paths() {
        let mut body = json!({
            "email": "a@b.c",
            "customer": {"id": "c", "email": "a@b.c"},
            "addons": [{"id": 1, "price": 5}, {"id": 2, "price": 6}, 3],
            "keep": true,
        })
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
            Value::Object(body),
            json!({"customer": {"id": "c"}, "addons": [{"id": 1}, {"id": 2}, 3], "keep": true})
        );
    }
}
