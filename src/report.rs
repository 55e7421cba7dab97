//! The report of filing-v1.md §2 and the options that shape it.

use serde::Serialize;

/// The standard every finding cites.
pub const STANDARD: &str = "DB3311/T 244—2023";

/// How binding a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A requirement (应), a statement that defines the chosen mode, or
    /// malformed data: blocks submission.
    Error,
    /// A recommendation (宜): shown, does not block.
    Warning,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Result<Lang, String> {
        match s {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(format!("lang must be \"zh\" or \"en\", not {other:?}")),
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

    pub(crate) fn clauses(clauses: Vec<String>) -> Result<Promote, String> {
        for c in &clauses {
            if crate::rules::rule(c).is_none() {
                return Err(format!("promote: {c:?} is not a clause of the catalogue"));
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
}
