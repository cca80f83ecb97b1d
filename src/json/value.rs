//! The tree a JSON text becomes when it must be read or edited.

/// A JSON value. Numbers keep their source text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(object) => Some(object),
            _ => None,
        }
    }

    /// A member of an object value.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|object| object.get(key))
    }

    /// Names the value's kind for error messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_owned())
    }
}

impl From<bool> for Value {
    fn from(flag: bool) -> Value {
        Value::Bool(flag)
    }
}

/// A JSON object: members in the order their keys first appeared, each key
/// once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object {
    members: Vec<(String, Value)>,
}

impl Object {
    pub fn new() -> Object {
        Object::default()
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.members
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets a member, keeping its position if the key is already there.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(slot) => *slot = value,
            None => self.members.push((key, value)),
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let index = self.members.iter().position(|(k, _)| k == key)?;
        Some(self.members.remove(index).1)
    }

    /// Keeps the members for which `keep` holds, in one pass.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Value) -> bool) {
        self.members.retain(|(k, v)| keep(k, v));
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Keeps the members for which `keep` holds, in one pass, with each
    /// kept value open for changes.
    pub fn retain_mut(&mut self, mut keep: impl FnMut(&str, &mut Value) -> bool) {
        self.members.retain_mut(|(k, v)| keep(k, v));
    }

    /// Builds an object from parsed members, last value winning for a
    /// repeated key at the first key's position, as in JavaScript. Repeats
    /// are found by sorting, so tens of thousands of keys cost n log n.
    pub(crate) fn from_parsed(mut members: Vec<(String, Value)>) -> Object {
        if members.len() <= SMALL_OBJECT {
            if has_small_duplicates(&members) {
                let mut unique: Vec<(String, Value)> = Vec::with_capacity(members.len());
                for (key, value) in members {
                    match unique.iter_mut().find(|(k, _)| *k == key) {
                        Some(slot) => slot.1 = value,
                        None => unique.push((key, value)),
                    }
                }
                members = unique;
            }
            return Object { members };
        }
        // Positions sorted by key, ties by position: each run of one key
        // starts at its first position and ends at its last.
        let mut order: Vec<usize> = (0..members.len()).collect();
        crate::sort::sort_positions(&mut order, &|a, b| {
            members[a].0.cmp(&members[b].0).then(a.cmp(&b))
        });
        if order
            .windows(2)
            .all(|pair| members[pair[0]].0 != members[pair[1]].0)
        {
            return Object { members };
        }
        let mut keep = vec![true; members.len()];
        let mut run_start = 0;
        for i in 1..=order.len() {
            let run_ends = i == order.len() || members[order[i]].0 != members[order[run_start]].0;
            if !run_ends {
                continue;
            }
            let (first, last) = (order[run_start], order[i - 1]);
            if first != last {
                let value = std::mem::replace(&mut members[last].1, Value::Null);
                members[first].1 = value;
                for &repeat in &order[run_start + 1..i] {
                    keep[repeat] = false;
                }
            }
            run_start = i;
        }
        let mut position = 0;
        members.retain(|_| {
            position += 1;
            keep[position - 1]
        });
        Object { members }
    }
}

impl FromIterator<(String, Value)> for Object {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Object {
        Object::from_parsed(iter.into_iter().collect())
    }
}

/// Below this many members, comparing every pair is cheaper than sorting.
const SMALL_OBJECT: usize = 16;

fn has_small_duplicates(members: &[(String, Value)]) -> bool {
    members
        .iter()
        .enumerate()
        .any(|(i, (key, _))| members[..i].iter().any(|(k, _)| k == key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(keys: &[&str]) -> Object {
        Object::from_parsed(
            keys.iter()
                .enumerate()
                .map(|(i, key)| (key.to_string(), Value::Number(i.to_string())))
                .collect(),
        )
    }

    fn listing(object: &Object) -> Vec<(String, String)> {
        object
            .iter()
            .map(|(key, value)| match value {
                Value::Number(n) => (key.to_owned(), n.clone()),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn repeated_keys_keep_the_last_value_at_the_first_position_small_and_large() {
        let pairs = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            listing(&object(&["a", "b", "a", "c", "b", "a"])),
            pairs(&[("a", "5"), ("b", "4"), ("c", "3")])
        );
        // Beyond the small-object path: the same rule, found by sorting.
        let mut keys: Vec<String> = (0..40).map(|i| format!("k{i}")).collect();
        keys.push("k3".into());
        keys.push("k0".into());
        keys.push("k3".into());
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let merged = listing(&object(&refs));
        assert_eq!(merged.len(), 40);
        assert_eq!(merged[0], ("k0".into(), "41".into()));
        assert_eq!(merged[3], ("k3".into(), "42".into()));
        assert_eq!(merged[39], ("k39".into(), "39".into()));
    }

    #[test]
    fn collecting_members_merges_repeats_like_parsing() {
        let collected: Object = [("x", "1"), ("y", "2"), ("x", "3")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), Value::from(v)))
            .collect();
        assert_eq!(collected.len(), 2);
        assert_eq!(collected.get("x"), Some(&Value::from("3")));
    }
}
