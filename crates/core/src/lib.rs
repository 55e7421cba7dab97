//! shanfang-core: filings under DB3311/T 244—2023 "丽水山坊"（共富工坊）管理规范,
//! read, checked clause by clause, and reported. serde and serde_json are
//! its only dependencies: a portal's Rust back end can depend on this crate
//! alone. The browser API (shanfang-wasm, with the form binding in JS over
//! it), the CLI and HTTP service (shanfang-cli) and the generators (xtask)
//! are crates of their own built on it.
//!
//! The stages run one way (tests/layers.rs reads the imports and holds it):
//!
//! ```text
//! formats, terms   dates, codes, phones, counts as people write them; a check's level (应/宜), the language
//!      ↓
//! input, json      the filing read leniently from JSON text: serde_json's parser drives one visitor
//!      ↓
//! model            the filing of filing-v1.md; each field described once (path, kind, codes, doc, shape)
//!      ↓
//! rules            one file per clause of chapters 4–9
//!      ↓
//! report           findings in Chinese or English: data_format, and this root's `validate_*`
//!      ↓
//! canonical, catalogue   outputs made from a filing and from the rules
//! ```
//!
//! The model names none of its consumers: each group offers its fields'
//! values ([`model::Fields`], walked by [`canonical`]) and descriptions
//! ([`model::Shape`], walked by the schema generator in xtask).

// Without `std` (the wasm modules): `alloc` only, so that a module can
// bring a panic handler of its own (crates/package) instead of std's, which
// formats every panic's message for a console the module does not have.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod canonical;
pub mod catalogue;
pub mod data_format;
pub mod fields;
pub mod formats;
pub mod input;
pub mod json;
pub mod model;
pub(crate) mod prelude;
pub mod report;
pub mod rules;
pub mod terms;

use serde_json::Value;

use formats::Date;
use input::Input;
use model::Filing;
use prelude::*;
use report::{Finding, Lang, Level, Options, Report};
use rules::Context;

/// Why an input was rejected as a whole (filing-v1.md §4): it is not JSON,
/// or its top level is not an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected(pub String);

impl core::fmt::Display for Rejected {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::error::Error for Rejected {}

/// Reads a filing from JSON text, straight into the model (no intermediate
/// tree): rejected only when the text is not JSON or not an object. This is
/// the one reader of a filing, natively and in the browser: the wasm API
/// hands it the text `JSON.stringify` makes of a JS object.
pub fn read_str(text: &str) -> Result<Filing, Rejected> {
    let text = json::strip_bom(text);
    match read_json(text) {
        // A lone surrogate escape: serde_json refuses it, the contract
        // reads it as a finding (crate::json).
        Err(e) => match json::normalise(text) {
            Some(fixed) => read_json(&fixed),
            None => Err(e),
        },
        ok => ok,
    }
}

/// Reads the model straight from the text: serde_json's parser drives the
/// one visitor of [`input::Reader`], which puts each value in its place in
/// the model. The parser's depth limit (128) applies to every key, read or
/// skipped, natively and in wasm alike.
fn read_json(text: &str) -> Result<Filing, Rejected> {
    let filing: Input<Filing> = serde_json::from_str(text).map_err(|e| Rejected(format!("not valid JSON: {e}")))?;
    match filing {
        Input::Given(f) => Ok(f),
        _ => Err(Rejected(format!(
            "a filing must be a JSON object ({{ … }}), not {}",
            json_type_of_text(text.as_bytes())
        ))),
    }
}

/// Validates a filing given as JSON text.
pub fn validate_str(text: &str, options: &Options, today: Date) -> Result<Report, Rejected> {
    Ok(validate_filing(&read_str(text)?, options, today))
}

/// Validates a filing given as a parsed JSON value, through its text: the
/// same reader as [`validate_str`]. `today` stands in for an absent
/// `filing_date`.
pub fn validate_value(value: &Value, options: &Options, today: Date) -> Result<Report, Rejected> {
    validate_str(&value.to_string(), options, today)
}

/// The JSON type of a text's top-level value, for the rejection message.
fn json_type_of_text(text: &[u8]) -> &'static str {
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// Validates a filing already read into the model.
pub fn validate_filing(filing: &Filing, options: &Options, today: Date) -> Report {
    let ctx = Context { filing_date: filing.filing_date.given().copied().unwrap_or(today) };
    let mut findings = data_format::findings(filing, &ctx, options.lang);
    for hit in rules::run(filing, &ctx) {
        let clause = hit.rule.clause;
        let level = if options.promote.applies(Some(clause)) { Level::Error } else { hit.check.level };
        // Joined by hand: `format!` took most of the time of a report with
        // many findings in the size-optimised wasm build.
        let (text, open, close) = match options.lang {
            Lang::Zh => (hit.check.message.zh, "（第", "条）"),
            Lang::En => (hit.check.message.en, " (clause ", ")"),
        };
        let mut message = String::with_capacity(text.len() + open.len() + clause.len() + close.len());
        for part in [text, open, clause, close] {
            message.push_str(part);
        }
        findings.push(Finding {
            field: hit.field.unwrap_or_else(|| hit.check.field.to_owned()),
            clause: Some(clause),
            level,
            code: hit.check.code.to_owned(),
            message,
        });
    }
    Report::new(findings)
}

/// China Standard Time, UTC+8, in seconds: where the standard applies.
const CHINA_OFFSET_SECS: i64 = 8 * 3600;

/// The calendar date in China Standard Time at `unix_secs`: "today" for a
/// filing without `filing_date`, on every machine (filing-v1.md §4).
pub fn china_date(unix_secs: i64) -> Date {
    Date::from_days((unix_secs + CHINA_OFFSET_SECS).div_euclid(86_400))
}

/// Today in China Standard Time, whatever this machine's time zone. Not
/// in wasm, which has no clock of its own: the wasm API reads the browser's
/// (`shanfang_wasm::today`) and calls [`china_date`].
#[cfg(all(feature = "std", not(target_arch = "wasm32")))]
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    china_date(secs)
}
