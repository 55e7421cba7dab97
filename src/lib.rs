//! Validator for filings under DB3311/T 244—2023 "丽水山坊"（共富工坊）管理规范.
//!
//! Layers, each knowing nothing of the ones after it:
//! - [`formats`], [`input`], [`model`]: the filing of `filing-v1.md`, read
//!   leniently, with every field path defined once ([`model::paths`]);
//! - [`rules`]: one file per clause of chapters 4–9, and [`data_format`] for
//!   the data-format checks that have no clause behind them;
//! - [`report`] and [`validate`]: findings in Chinese or English;
//! - `wasm` (wasm32 only): the JavaScript API, and `dom`, the binding that
//!   drives an HTML form.

pub mod catalogue;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod data_format;
pub mod formats;
pub mod input;
pub mod model;
pub mod report;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
#[cfg(not(target_arch = "wasm32"))]
pub mod typescript;

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde_json::Value;

use formats::Date;
use model::Filing;
use report::{Finding, Lang, Level, Options, Report};
use rules::Context;

/// Why an input was rejected as a whole (filing-v1.md §4): it is not JSON,
/// or its top level is not an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected(pub String);

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Rejected {}

/// Validates a filing given as JSON text.
pub fn validate_str(text: &str, options: &Options, today: Date) -> Result<Report, Rejected> {
    let value: Value = serde_json::from_str(text).map_err(|e| Rejected(format!("not valid JSON: {e}")))?;
    validate_value(&value, options, today)
}

/// Validates a filing given as a parsed JSON value. `today` stands in for an
/// absent `filing_date`.
pub fn validate_value(value: &Value, options: &Options, today: Date) -> Result<Report, Rejected> {
    let map = value.as_object().ok_or_else(|| {
        Rejected(format!("a filing must be a JSON object ({{ … }}), not {}", json_type(value)))
    })?;
    Ok(validate_filing(&Filing::from_map(map), options, today))
}

/// Validates a filing already read into the model.
pub fn validate_filing(filing: &Filing, options: &Options, today: Date) -> Report {
    let ctx = Context { filing_date: filing.filing_date.given().copied().unwrap_or(today) };
    let mut findings = data_format::findings(filing, &ctx, options.lang);
    for hit in rules::run(filing, &ctx) {
        let clause = hit.rule.clause;
        let level = if options.promote.applies(Some(clause)) { Level::Error } else { hit.check.level };
        let message = match options.lang {
            Lang::Zh => format!("{}（第{clause}条）", hit.check.message.zh),
            Lang::En => format!("{} (clause {clause})", hit.check.message.en),
        };
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

/// The JSON type of a value, for messages.
pub fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Today's date on this machine (UTC), for a filing without `filing_date`.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

/// Today's date in the browser's local time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}
