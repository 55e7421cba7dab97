//! # 8.4 技能培训 Skills training
//!
//! > 8.4 宜结合产业实际、群体特点、用工需求等，利用共富学堂等农村实用技术培训基地，组织开展手工制作、种养殖、直播带货等技能培训，宜发放培训证明。
//!
//! **What it checks:** `operations.skills_training` is true;
//! `operations.certificates` is true.
//!
//! **Why:** both halves say "宜", recommendations: warnings that do not
//! block. How the training is fitted to local industry and people is a
//! matter for the reviewer; a filing can state that training is organised and
//! that certificates are issued. The yearly training of workers that is
//! required is 8.5.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.4",
    title: Text::words("技能培训", "Skills training"),
    text: words("宜结合产业实际、群体特点、用工需求等，利用共富学堂等农村实用技术培训基地，组织开展手工制作、种养殖、直播带货等技能培训，宜发放培训证明。"),
    text_en: words("Taking into account the industry, the people concerned, labour demand and the like, skills training such as handicrafts, crop growing and animal raising, and livestream selling should be organised at rural practical-technology training bases such as the common prosperity academy, and training certificates should be issued."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "operations.skills_training.missing",
            field: paths::operations::skills_training,
            level: Warning,
            message: Text {
                zh: "宜利用共富学堂等培训基地组织开展手工制作、种养殖、直播带货等技能培训",
                en: "Skills training such as handicrafts, farming or livestream selling should be organised at a training base such as the common prosperity academy",
            },
        },
        Check {
            code: "operations.certificates.missing",
            field: paths::operations::certificates,
            level: Warning,
            message: Text { zh: "宜向参加技能培训的人员发放培训证明", en: "Training certificates should be issued to those trained" },
        },
    ],
    check: |f, _, out| {
        let ops = f.operations.or_empty();
        out.fire_if(ops.skills_training.not_true(), 0);
        out.fire_if(ops.certificates.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"operations":{"skills_training":false}}"#, "operations.skills_training.missing", "operations.skills_training"),
        fires(r#"{"operations":{"skills_training":"false"}}"#, "operations.skills_training.missing", "operations.skills_training"),
        fires(r#"{"operations":{"skills_training":"　"}}"#, "operations.skills_training.missing", "operations.skills_training"),
        fires(r#"{"operations":{"certificates":false}}"#, "operations.certificates.missing", "operations.certificates"),
        fires(r#"{"operations":{"certificates":null}}"#, "operations.certificates.missing", "operations.certificates"),
        fires(r#"{"operations":"x"}"#, "operations.skills_training.missing", "operations.skills_training"),
        fires(r#"{"operations":"x"}"#, "operations.certificates.missing", "operations.certificates"),
    ],
    passes: cases![
        r#"{"operations":{"skills_training":true,"certificates":true}}"#,
        r#"{"operations":{"skills_training":"true","certificates":" true "}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"operations":{"skills_training":"yes","certificates":1}}"#,
    ],
};
