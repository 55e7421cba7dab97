//! Finding and replacing a short piece of text (`[]`, `__i__`, `PATH[`) in
//! a path or an attribute value, byte by byte. `str::find`, `contains` and
//! `replace` with a string pattern bring core's Two-Way searcher into the
//! module (1.5 KB of code before wasm-opt) for needles of a few bytes.

use crate::prelude::*;

/// Where `needle` first occurs in `text` (a needle of no bytes at 0).
pub fn find(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    text.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// Whether `needle` occurs in `text`.
pub fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// `text` with its first `limit` occurrences of `needle` (not empty)
/// replaced by `with`.
pub fn replace(text: &str, needle: &str, with: &str, mut limit: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while limit > 0 && !needle.is_empty() {
        let Some(at) = find(rest, needle) else { break };
        out.push_str(&rest[..at]);
        out.push_str(with);
        rest = &rest[at + needle.len()..];
        limit -= 1;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_replaces_as_str_does() {
        for (text, needle) in
            [("a[]b[]", "[]"), ("", "[]"), ("[", "[]"), ("x__i__y", "__i__"), ("丽水[]", "[]"), ("ab", "")]
        {
            assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
            assert_eq!(contains(text, needle), text.contains(needle));
            if !needle.is_empty() {
                assert_eq!(replace(text, needle, "[7]", 1), text.replacen(needle, "[7]", 1));
                assert_eq!(replace(text, needle, "9", usize::MAX), text.replace(needle, "9"));
            }
        }
        assert_eq!(replace("a", "", "x", 3), "a", "an empty needle replaces nothing");
    }
}
