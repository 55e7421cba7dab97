//! # 7.4.3 农旅融合式：设置地点与设施 Agriculture and tourism: location and facilities
//!
//! > 7.4.3 宜设置在乡村，并结合乡村特色产业资源、自然环境资源、传统文化资源等打造，宜配备相应的农旅设施。
//!
//! **What it checks** (mode 农旅融合式 only): `agritourism.in_village` is
//! true; `agritourism.facilities` is true.
//!
//! **Why:** both halves say "宜", recommendations (warnings). How the
//! workshop draws on local industry, nature and culture is not a fact a
//! filing states, so only the location and the facilities are checked.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.4.3",
    title: Text::words("农旅融合式：设置地点与设施", "Agriculture and tourism: location and facilities"),
    text: words("宜设置在乡村，并结合乡村特色产业资源、自然环境资源、传统文化资源等打造，宜配备相应的农旅设施。"),
    text_en: words("The workshop should be set up in the countryside and built on its characteristic industries, natural environment, traditional culture and other resources, and should be equipped with the corresponding agriculture and tourism facilities."),
    mode: Some(Mode::Agritourism),
    not_checkable: None,
    checks: &[
        Check {
            code: "agritourism.in_village.missing",
            field: paths::agritourism::in_village,
            level: Warning,
            message: Text {
                zh: "宜设置在乡村，并结合乡村特色产业资源、自然环境资源、传统文化资源等打造",
                en: "The workshop should be set up in the countryside, built on its characteristic industries, natural environment and traditional culture",
            },
        },
        Check {
            code: "agritourism.facilities.missing",
            field: paths::agritourism::facilities,
            level: Warning,
            message: Text {
                zh: "宜配备相应的农旅设施",
                en: "The corresponding agriculture and tourism facilities should be provided",
            },
        },
    ],
    check: |f, _, out| {
        let a = f.agritourism.or_empty();
        out.fire_if(a.in_village.not_true(), 0);
        out.fire_if(a.facilities.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"modes":["agritourism"],"agritourism":{"in_village":false}}"#, "agritourism.in_village.missing", "agritourism.in_village"),
        fires(r#"{"modes":["agritourism"],"agritourism":{"in_village":"false"}}"#, "agritourism.in_village.missing", "agritourism.in_village"),
        fires(r#"{"modes":["agritourism"],"agritourism":{"in_village":"　"}}"#, "agritourism.in_village.missing", "agritourism.in_village"),
        fires(r#"{"modes":["agritourism"],"agritourism":{"facilities":false}}"#, "agritourism.facilities.missing", "agritourism.facilities"),
        fires(r#"{"modes":["agritourism"],"agritourism":{"facilities":null}}"#, "agritourism.facilities.missing", "agritourism.facilities"),
    ],
    passes: cases![
        r#"{"modes":["agritourism"],"agritourism":{"in_village":true,"facilities":true}}"#,
        r#"{"modes":["agritourism"],"agritourism":{"in_village":"true","facilities":"true"}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["agritourism"],"agritourism":{"in_village":1,"facilities":"yes"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"agritourism":{"in_village":false,"facilities":false}}"#,
    ],
};
