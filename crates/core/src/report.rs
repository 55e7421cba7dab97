//! The report of filing-v1.md §2 and the options that shape it.

use crate::prelude::*;

use serde::Serialize;

use crate::formats::push_count;
pub use crate::terms::{Lang, Level};

/// The standard every finding cites.
pub const STANDARD: &str = "DB3311/T 244—2023";

/// Reading a language from an option (the CLI's, the service's, the module's)
/// belongs to the report: its refusal quotes the value as the report's
/// messages do.
impl Lang {
    pub fn parse(s: &str) -> Result<Lang, String> {
        match s {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(format!("lang must be \"zh\" or \"en\", not {}", quoted(other))),
        }
    }
}

/// Which warnings to treat as errors, for a portal with a stricter admission
/// policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Promote {
    #[default]
    None,
    All,
    Clauses(Vec<String>),
}

impl Promote {
    pub fn applies(&self, clause: Option<&str>) -> bool {
        match (self, clause) {
            (Promote::All, _) => true,
            (Promote::Clauses(list), Some(c)) => list.iter().any(|p| p == c),
            _ => false,
        }
    }

    /// Reads `"all"` or a comma-separated list of clause numbers (CLI form).
    /// Both promotions: `all` with anything is `all`; clause lists add up.
    pub fn merge(self, other: Promote) -> Promote {
        match (self, other) {
            (Promote::All, _) | (_, Promote::All) => Promote::All,
            (Promote::None, p) | (p, Promote::None) => p,
            (Promote::Clauses(mut a), Promote::Clauses(b)) => {
                for c in b {
                    if !a.contains(&c) {
                        a.push(c);
                    }
                }
                Promote::Clauses(a)
            }
        }
    }

    pub fn parse_list(s: &str) -> Result<Promote, String> {
        if s.trim() == "all" {
            return Ok(Promote::All);
        }
        let clauses: Vec<String> = s.split(',').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect();
        Promote::clauses(clauses)
    }

    pub fn clauses(clauses: Vec<String>) -> Result<Promote, String> {
        for c in &clauses {
            if crate::rules::rule(c).is_none() {
                return Err(format!("promote: {} is not a clause of the catalogue", quoted(c)));
            }
        }
        Ok(if clauses.is_empty() { Promote::None } else { Promote::Clauses(clauses) })
    }
}

/// Options of a validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub promote: Promote,
}

/// One finding: a field, the clause behind it, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Dotted path of the input, `party.stewards[0].phone`.
    pub field: String,
    /// Clause number, or `None` for a pure data-format finding.
    pub clause: Option<&'static str>,
    pub level: Level,
    /// Stable identifier of the check, `site.fire_extinguishers.missing`.
    pub code: String,
    /// In the requested language, naming the clause.
    pub message: String,
}

/// The verdict on one filing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub standard: &'static str,
    /// True exactly when there is no error.
    pub submittable: bool,
    pub errors: usize,
    pub warnings: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn new(findings: Vec<Finding>) -> Report {
        let errors = findings.iter().filter(|f| f.level == Level::Error).count();
        Report { standard: STANDARD, submittable: errors == 0, errors, warnings: findings.len() - errors, findings }
    }

    /// The report as compact JSON text: byte for byte what serde_json
    /// writes of it (a test holds the two together). Written by hand for the
    /// wasm module, where it crosses to JavaScript: serde_json's writer,
    /// size-optimised, was half the time of a report with many findings
    /// (the worst filing's 270). The texts are copied whole, not escaped
    /// character by character, where they need no escape (almost always).
    pub fn to_json(&self) -> String {
        let texts: usize = self.findings.iter().map(|f| f.field.len() + f.code.len() + f.message.len()).sum();
        let mut out = String::with_capacity(96 + texts + 64 * self.findings.len());
        out.push_str("{\"standard\":");
        json_string(self.standard, &mut out);
        out.push_str(if self.submittable { ",\"submittable\":true" } else { ",\"submittable\":false" });
        out.push_str(",\"errors\":");
        push_count(self.errors, &mut out);
        out.push_str(",\"warnings\":");
        push_count(self.warnings, &mut out);
        out.push_str(",\"findings\":[");
        for (i, f) in self.findings.iter().enumerate() {
            out.push_str(if i == 0 { "{\"field\":" } else { ",{\"field\":" });
            json_string(&f.field, &mut out);
            out.push_str(",\"clause\":");
            match f.clause {
                Some(c) => json_string(c, &mut out),
                None => out.push_str("null"),
            }
            out.push_str(",\"level\":\"");
            out.push_str(f.level.name());
            out.push_str("\",\"code\":");
            json_string(&f.code, &mut out);
            out.push_str(",\"message\":");
            json_string(&f.message, &mut out);
            out.push('}');
        }
        out.push_str("]}");
        out
    }
}

/// A JSON string as serde_json writes it: `"` and `\\` escaped, control
/// characters as `\b \f \n \r \t` or `\u00XX`, the rest as it is.
pub fn json_string(s: &str, out: &mut String) {
    out.push('"');
    let bytes = s.as_bytes();
    // Index loops, not iterator adapters: size-optimised, those became a
    // call per byte.
    let (mut from, mut at) = (0, 0);
    while at < bytes.len() {
        let b = bytes[at];
        if b >= 0x20 && b != b'"' && b != b'\\' {
            at += 1;
            continue;
        }
        // Every byte matched is ASCII, so both cuts fall between characters.
        out.push_str(&s[from..at]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
        at += 1;
        from = at;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// A value quoted in a message, as a JSON string: `"fr"`. (Not `{:?}`,
/// whose escaping brought core's Unicode tables into the module.)
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    json_string(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(field: &str, clause: Option<&'static str>, level: Level, message: &str) -> Finding {
        Finding { field: field.into(), clause, level, code: format!("{field}.code"), message: message.into() }
    }

    #[test]
    fn to_json_writes_what_serde_json_writes() {
        let hostile = "引号\"反斜杠\\换行\n回车\r制表\t退格\u{8}换页\u{c}\u{0}\u{1f}\u{7f}/</script>\u{2028}😀\u{fdd0}";
        let reports = [
            Report::new(vec![]),
            Report::new(vec![finding("site", Some("6.5"), Level::Error, "应配备灭火器（第6.5条）")]),
            Report::new(vec![
                finding("party.stewards[12].phone", None, Level::Error, hostile),
                finding("a\"b", Some("8.3"), Level::Warning, ""),
                finding("", None, Level::Warning, "\\"),
            ]),
            Report::new((0..1234).map(|i| finding(&format!("f{i}"), None, Level::Warning, "x")).collect()),
        ];
        for report in &reports {
            assert_eq!(report.to_json(), serde_json::to_string(report).unwrap());
        }
        for c in (0u32..0x80).filter_map(char::from_u32) {
            let mut ours = String::new();
            json_string(&format!("a{c}b{c}"), &mut ours);
            assert_eq!(ours, serde_json::to_string(&format!("a{c}b{c}")).unwrap(), "{c:?}");
        }
    }
}
