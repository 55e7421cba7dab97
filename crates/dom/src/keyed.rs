//! Maps and sets keyed by text (a form's paths, its controls' names), kept
//! as sorted vectors. The binding's maps hold at most a few hundred paths,
//! where a binary search costs about what hashing the key would; hashbrown's
//! tables with foldhash were 11 KB of the module's code (alloc's BTreeMap,
//! tried before them, 18.7 KB). Iteration goes in key order, so what the
//! binding does for each entry comes in the same order on every run.

use crate::prelude::*;

use core::borrow::Borrow;

/// A map from text keys `K` (`String`, `&str`) to `V`.
pub(crate) struct KeyMap<K, V> {
    /// Sorted by key, no key twice.
    entries: Vec<(K, V)>,
}

impl<K, V> Default for KeyMap<K, V> {
    fn default() -> Self {
        KeyMap { entries: Vec::new() }
    }
}

impl<K: Borrow<str>, V> KeyMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `key` is (`Ok`), or where it would go (`Err`).
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`; the value it had, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(key.borrow()) {
            Ok(i) => Some(core::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value at `key`, put there by `make` if there was none.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(key.borrow()) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<K, V> IntoIterator for KeyMap<K, V> {
    type Item = (K, V);
    type IntoIter = alloc::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// A set of text keys.
#[derive(Default)]
pub(crate) struct KeySet {
    map: KeyMap<String, ()>,
}

impl KeySet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `key`; whether it was not there yet.
    pub fn insert(&mut self, key: String) -> bool {
        self.map.insert(key, ()).is_none()
    }

    pub fn contains(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// Takes `key` out; whether it was there.
    pub fn remove(&mut self, key: &str) -> bool {
        self.map.remove(key).is_some()
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.map.retain(|k, _| keep(k));
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl IntoIterator for KeySet {
    type Item = String;
    type IntoIter = core::iter::Map<alloc::vec::IntoIter<(String, ())>, fn((String, ())) -> String>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter().map(|(k, ())| k)
    }
}

impl FromIterator<String> for KeySet {
    fn from_iter<I: IntoIterator<Item = String>>(keys: I) -> Self {
        let mut set = KeySet::new();
        for k in keys {
            set.insert(k);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_finds_what_was_put_in_whatever_the_order() {
        let mut m: KeyMap<String, u32> = KeyMap::new();
        for (i, k) in ["b", "a[1]", "a", "c.d", "a[0]", "b"].iter().enumerate() {
            m.insert((*k).to_owned(), i as u32);
        }
        assert_eq!(m.get("b"), Some(&5), "a key set twice keeps the last value");
        assert_eq!(m.get("a"), Some(&2));
        assert_eq!(m.get("a[0]"), Some(&4));
        assert_eq!(m.get("z"), None);
        assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "a[0]", "a[1]", "b", "c.d"], "in key order");
        assert_eq!(m.remove("a[0]"), Some(4));
        assert_eq!(m.remove("a[0]"), None);
        assert!(!m.contains_key("a[0]"));
        *m.get_or_insert_with("e".to_owned(), || 7) += 1;
        *m.get_or_insert_with("e".to_owned(), || 100) += 1;
        assert_eq!(m.get("e"), Some(&9), "made once, then found");
        m.retain(|k, _| !k.contains('['));
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [2, 5, 3, 9]);
        assert_eq!(m.insert("a".to_owned(), 0), Some(2));
        m.clear();
        assert!(m.is_empty());
    }

    #[test]
    fn a_set_says_whether_it_changed() {
        let mut s = KeySet::new();
        assert!(s.insert("x".to_owned()));
        assert!(!s.insert("x".to_owned()));
        assert!(s.contains("x"));
        assert!(s.remove("x"));
        assert!(!s.remove("x"));
        let s: KeySet = ["b".to_owned(), "a".to_owned(), "b".to_owned()].into_iter().collect();
        assert_eq!(s.into_iter().collect::<Vec<_>>(), ["a", "b"]);
    }
}
