//! The one way a filing is read: JSON text, through serde_json, natively and
//! in wasm alike (filing-v1.md §4, "Added in the second reading").
//!
//! JSON text can hold two things a filing must read as a finding on its
//! field, not a rejection of the whole text:
//! - a lone surrogate escape (`"\ud83d"`, a name cut in the middle of an
//!   emoji: `JSON.stringify` writes one for every lone surrogate a JS string
//!   holds), which serde_json refuses;
//! - a number beyond the range of a double (`1e400`, which `JSON.parse`
//!   reads as `Infinity`). serde_json refused it too until its
//!   `arbitrary_precision` handed such numbers to the reader as text
//!   ([`NUMBER_TOKEN`]); the reader now takes it as out of range directly.
//!
//! When serde_json rejects a text, [`normalise`] rewrites just those tokens
//! (a lone surrogate escape becomes [`BROKEN_CHAR`], a number too large
//! becomes ±[`TOO_LARGE`], which canonical output also writes) and the text
//! is read again; a text without them is never copied. The rewrite keeps
//! the text's structure token for token, so text that was not JSON stays
//! not JSON.

use crate::prelude::*;

/// What a lone surrogate escape is read as: U+FDD0, a noncharacter, which
/// Unicode reserves for internal use and which no interchanged text holds.
/// A string holding it is a format finding on its field ([`crate::input`]).
pub const BROKEN_CHAR: char = '\u{FDD0}';

/// The magnitude a number too large for a double is read as; the reader
/// takes any number of this magnitude or more as out of range. No value of
/// a filing (a count, an area, a percentage) comes near it.
pub const TOO_LARGE: f64 = 1e308;

/// How serde_json hands over a number that is not an integer (`12.5`,
/// `1e3`, `1e400`) with its `arbitrary_precision` feature: a map of this one
/// key, whose value is the number's text (serde_json's own `Number` reads it
/// so). The reader takes the text (crate::input::Reader) and reads it with
/// [`crate::formats::json_number`], so serde_json's table of powers of ten
/// stays out of the wasm modules, and a number beyond a double is out of
/// range without a second reading. A map a filing spells this way itself is
/// read the same way only when it holds nothing but a JSON number's text.
pub const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// True when `text` is a JSON number (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`).
pub fn is_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    let int_start = i;
    if !digits(&mut i) || (b[int_start] == b'0' && i - int_start > 1) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

/// The text without a leading UTF-8 byte-order mark, which some editors
/// (Windows Notepad) write and `JSON.parse` would refuse.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// `text` with every lone surrogate escape replaced by `\ufdd0` and every
/// number beyond the double range by `1e308` (or `-1e308`); `None` when
/// there is neither, so the caller keeps serde_json's own error.
pub fn normalise(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    // Bytes of `text` before `done` are already in `out` (or need no copy).
    let mut done = 0;
    let mut changed = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] != b'\\' {
                        i += 1;
                        continue;
                    }
                    if b.get(i + 1) != Some(&b'u') {
                        i += 2;
                        continue;
                    }
                    let unit = hex4(b, i + 2);
                    match unit {
                        // A pair: one character, kept.
                        Some(0xD800..=0xDBFF) if is_low(hex_escape(b, i + 6)) => i += 12,
                        Some(0xD800..=0xDFFF) => {
                            out.push_str(&text[done..i]);
                            out.push_str("\\ufdd0");
                            i += 6;
                            done = i;
                            changed = true;
                        }
                        _ => i += 2,
                    }
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    i += 1;
                }
                let token = &text[start..i];
                if at_least_too_large(token) {
                    out.push_str(&text[done..start]);
                    out.push_str(if token.starts_with('-') { "-1e308" } else { "1e308" });
                    done = i;
                    changed = true;
                }
            }
            _ => i += 1,
        }
    }
    changed.then(|| {
        out.push_str(&text[done..]);
        out
    })
}

/// Whether a number token's magnitude is [`TOO_LARGE`] (1e308) or more:
/// the power of ten of its first non-zero digit is 308 or more. Decided on
/// the digits, without parsing a float (which would bring core's float
/// parser and its tables into the module): every such number reads as out
/// of range, so rewriting it to ±1e308 changes no finding.
fn at_least_too_large(token: &str) -> bool {
    let body = token.strip_prefix('-').unwrap_or(token);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, "0"),
    };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let (negative_exp, exp_digits) = match exponent.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, exponent),
    };
    if exp_digits.is_empty() || !exp_digits.bytes().all(|b| b.is_ascii_digit()) {
        return false; // not a JSON number: left for serde_json to refuse
    }
    // The exponent, saturated: 10^(10^9) is as out of range as any.
    let exp = exp_digits.bytes().fold(0i64, |e, b| (e * 10 + i64::from(b - b'0')).min(1_000_000_000));
    let exp = if negative_exp { -exp } else { exp };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The power of ten of the first non-zero digit of the mantissa.
    let lead = match int.bytes().position(|b| b != b'0') {
        Some(p) => (int.len() - p) as i64 - 1,
        None => match frac.bytes().position(|b| b != b'0') {
            Some(p) => -(p as i64) - 1,
            None => return false, // zero
        },
    };
    lead + exp >= 308
}

/// The characters of a JSON string's body (between its quotes), from valid
/// JSON text: a surrogate pair escape makes one character, and a lone
/// surrogate escape [`BROKEN_CHAR`], as [`normalise`] makes it.
pub fn unescape(body: &str) -> String {
    if !body.contains('\\') {
        return body.to_owned();
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    let hex4 = |chars: &mut core::str::Chars| -> Option<u32> {
        let h: String = chars.by_ref().take(4).collect();
        u32::from_str_radix(&h, 16).ok()
    };
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let unit = hex4(&mut chars).unwrap_or(0xFFFD);
                let code = if (0xD800..0xDC00).contains(&unit) {
                    let mut rest = chars.clone();
                    match (rest.next(), rest.next(), hex4(&mut rest)) {
                        (Some('\\'), Some('u'), Some(low)) if (0xDC00..0xE000).contains(&low) => {
                            chars = rest;
                            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        }
                        _ => BROKEN_CHAR as u32,
                    }
                } else if (0xDC00..0xE000).contains(&unit) {
                    BROKEN_CHAR as u32
                } else {
                    unit
                };
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The code unit of the four hex digits at `at`, if they are four.
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let s = core::str::from_utf8(digits).ok()?;
    if !s.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

/// The code unit of a `\uXXXX` escape at `at`.
fn hex_escape(b: &[u8], at: usize) -> Option<u32> {
    (b.get(at..at + 2) == Some(b"\\u")).then(|| hex4(b, at + 2)).flatten()
}

fn is_low(unit: Option<u32>) -> bool {
    matches!(unit, Some(0xDC00..=0xDFFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_numbers_recognised() {
        for yes in ["0", "-0", "12", "12.5", "-0.5", "1e3", "1E+3", "2.5e-3", "10"] {
            assert!(is_number(yes), "{yes}");
        }
        for no in ["", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1x", "0x10", " 1", "NaN", "1.5.2"] {
            assert!(!is_number(no), "{no}");
        }
    }

    // serde_json hands a number that is not an integer as NUMBER_TOKEN's map:
    // if it stopped doing so, or spelled it otherwise, decimals would read
    // as objects, and this fails.
    #[test]
    fn serde_json_hands_decimals_over_as_the_token() {
        use crate::input::{Input, Problem};
        let extinguishers =
            |text: &str| crate::read_str(text).unwrap().site.given().unwrap().fire_extinguishers.clone();
        let filing = crate::read_str(r#"{"operations":{"employees":2.5}}"#).unwrap();
        assert_eq!(filing.operations.given().unwrap().employees.problem(), Some(&Problem::NotACount));
        assert_eq!(extinguishers(r#"{"site":{"fire_extinguishers":1.0e1}}"#), Input::Given(10));
        assert_eq!(extinguishers(r#"{"site":{"fire_extinguishers":1e400}}"#).problem(), Some(&Problem::OutOfRange));
        // A map spelled as the token is a number only when it holds one.
        let token =
            |value: &str| format!(r#"{{"site":{{"fire_extinguishers":{{"$serde_json::private::Number":{value}}}}}}}"#);
        assert_eq!(extinguishers(&token(r#""3""#)), Input::Given(3));
        assert_eq!(extinguishers(&token(r#""three""#)).problem(), Some(&Problem::NotACount));
        assert_eq!(extinguishers(&token(r#""3","more":1"#)).problem(), Some(&Problem::NotACount));
    }

    #[test]
    fn string_bodies_unescaped_with_lone_surrogates_as_the_marker() {
        assert_eq!(unescape(r"plain"), "plain");
        assert_eq!(unescape(r#"a\"b\\c\/d\n\t\u00e9"#), "a\"b\\c/d\n\té");
        assert_eq!(unescape(r"\ud83d\ude00"), "😀");
        assert_eq!(unescape(r"x\ud83dy"), "x\u{FDD0}y");
        assert_eq!(unescape(r"\ude00\ud83d"), "\u{FDD0}\u{FDD0}");
        // A lone surrogate's escape written out (an escaped backslash) is text.
        assert_eq!(unescape(r"\\ud83d"), r"\ud83d");
    }

    #[test]
    fn lone_surrogate_escapes_become_the_marker() {
        assert_eq!(normalise(r#"{"a":"x\ud83d"}"#).as_deref(), Some(r#"{"a":"x\ufdd0"}"#));
        assert_eq!(normalise(r#"{"a":"\udc00y"}"#).as_deref(), Some(r#"{"a":"\ufdd0y"}"#));
        // A high surrogate followed by another high one: both are lone.
        assert_eq!(normalise(r#"["\ud83d\ud83d"]"#).as_deref(), Some(r#"["\ufdd0\ufdd0"]"#));
        // In a key too: the key is then unknown, as everywhere.
        assert_eq!(normalise(r#"{"\uD83Dk":1}"#).as_deref(), Some(r#"{"\ufdd0k":1}"#));
    }

    #[test]
    fn pairs_and_other_escapes_are_left_alone() {
        assert_eq!(normalise(r#"{"a":"\ud83d\ude00","b":"\\ud83d","c":"\u4e3d\n\""}"#), None);
        assert_eq!(normalise(r#"{"a":"\u12"}"#), None);
    }

    #[test]
    fn numbers_beyond_a_double_become_too_large() {
        assert_eq!(
            normalise(r#"{"a":1e400,"b":[-2E+999],"c":1e308}"#).as_deref(),
            Some(r#"{"a":1e308,"b":[-1e308],"c":1e308}"#)
        );
        // Digits inside strings are not numbers.
        assert_eq!(normalise(r#"{"a":"1e400"}"#), None);
        // A number that underflows reads as 0, as in JSON.parse: no rewrite.
        assert_eq!(normalise(r#"{"a":1e-400}"#), None);
        // At 1e308 or more, whatever the notation; below it, left alone.
        for big in ["1e308", "10e307", "0.1e309", "1797693134862315800000e287", "-1.5E+308", "0.0000001e315"] {
            assert!(at_least_too_large(big), "{big}");
        }
        for small in ["9.99e307", "99e305", "0", "0.0e999", "1e-5", "123", "-0.5", "0.01e309"] {
            assert!(!at_least_too_large(small), "{small}");
        }
    }

    #[test]
    fn not_json_stays_not_json() {
        for text in [r#"{"a":1e400"#, r#"{"a":"\ud83d"#, "1e400 1e400", r#"{"a":"\ud83d"} x"#] {
            let fixed = normalise(text).expect(text);
            assert!(serde_json::from_str::<serde_json::Value>(&fixed).is_err(), "{text} became JSON: {fixed}");
        }
    }

    #[test]
    fn the_bom_is_stripped() {
        assert_eq!(strip_bom("\u{FEFF}{}"), "{}");
        assert_eq!(strip_bom("{}"), "{}");
    }
}
