//! Terms every stage of the core shares: how binding a check is (应 or 宜)
//! and the language of messages. Here, before the reader, so that the
//! reader's messages, the model and the rules can name them without
//! reaching forward to the report (tests/layers.rs); `report` re-exports
//! them under their old paths.

use serde::Serialize;

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
