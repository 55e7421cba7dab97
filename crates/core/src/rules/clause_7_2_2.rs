//! # 7.2.2 定向招工式：工作岗位 Targeted recruitment: jobs
//!
//! > 7.2.2 宜提供基础加工环节或季节性临时性的工作岗位。
//!
//! **What it checks** (mode 定向招工式 only): `recruitment.jobs` lists at
//! least one kind of job (`basic_processing`, `seasonal`).
//!
//! **Why:** "宜" makes it a recommendation (warning). The list offers only
//! the two kinds of job the clause names, so any job listed meets it. A list
//! with an unlisted value is a data-format finding, and this rule then stays
//! silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.2.2",
    title: Text::words("定向招工式：工作岗位", "Targeted recruitment: jobs"),
    text: words("宜提供基础加工环节或季节性临时性的工作岗位。"),
    text_en: words("Jobs in basic processing, or seasonal and temporary jobs, should be offered."),
    mode: Some(Mode::Recruitment),
    not_checkable: None,
    checks: &[Check {
        code: "recruitment.jobs.missing",
        field: paths::recruitment::jobs,
        level: Warning,
        message: Text {
            zh: "宜提供基础加工环节或季节性临时性的工作岗位，请选择提供的岗位",
            en: "Jobs in basic processing, or seasonal and temporary jobs, should be offered; choose the jobs offered",
        },
    }],
    check: |f, _, out| out.fire_if(f.recruitment.or_empty().jobs.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["recruitment"],"recruitment":{"jobs":[]}}"#, "recruitment.jobs.missing", "recruitment.jobs"),
        fires(
            r#"{"modes":["recruitment"],"recruitment":{"jobs":null}}"#,
            "recruitment.jobs.missing",
            "recruitment.jobs",
        ),
        fires(
            r#"{"modes":["recruitment"],"recruitment":{"jobs":[null,"　"]}}"#,
            "recruitment.jobs.missing",
            "recruitment.jobs",
        ),
        fires(r#"{"modes":["recruitment"],"recruitment":"none"}"#, "recruitment.jobs.missing", "recruitment.jobs"),
    ],
    passes: cases![
        r#"{"modes":["recruitment"],"recruitment":{"jobs":["seasonal"]}}"#,
        r#"{"modes":["recruitment"],"recruitment":{"jobs":["basic_processing"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["recruitment"],"recruitment":{"jobs":["permanent"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"recruitment":{"jobs":[]}}"#,
    ],
};
