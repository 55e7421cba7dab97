//! # 7.4.2 农旅融合式：运营范围 Agriculture and tourism: activities
//!
//! > 7.4.2 运营范围宜为文化创意、休闲观光、民宿经营、农事体验、民俗传播、乡村研学等农旅融合业态。
//!
//! **What it checks** (mode 农旅融合式 only): `agritourism.activities` lists
//! at least one activity.
//!
//! **Why:** "宜" makes it a recommendation (warning). The list offers exactly
//! the six activities the clause names, so any activity listed meets it. A
//! list with an unlisted value is a data-format finding, and this rule then
//! stays silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.4.2",
    title: Text::words("农旅融合式：运营范围", "Agriculture and tourism: activities"),
    text: words("运营范围宜为文化创意、休闲观光、民宿经营、农事体验、民俗传播、乡村研学等农旅融合业态。"),
    text_en: words("The scope of operation should be forms of business combining agriculture and tourism, such as cultural and creative work, leisure sightseeing, homestays, farming experiences, folk culture and rural study tours."),
    mode: Some(Mode::Agritourism),
    not_checkable: None,
    checks: &[Check {
        code: "agritourism.activities.missing",
        field: paths::agritourism::activities,
        level: Warning,
        message: Text {
            zh: "宜填写农旅融合业态，如文化创意、休闲观光、民宿经营、农事体验、民俗传播、乡村研学等",
            en: "The agriculture and tourism activities should be stated, such as cultural and creative work, sightseeing, homestays, farming experiences, folk culture or rural study tours",
        },
    }],
    check: |f, _, out| out.fire_if(f.agritourism.or_empty().activities.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["agritourism"],"agritourism":{"activities":[]}}"#, "agritourism.activities.missing", "agritourism.activities"),
        fires(r#"{"modes":["agritourism"],"agritourism":{"activities":null}}"#, "agritourism.activities.missing", "agritourism.activities"),
        fires(r#"{"modes":["agritourism"],"agritourism":null}"#, "agritourism.activities.missing", "agritourism.activities"),
    ],
    passes: cases![
        r#"{"modes":["agritourism"],"agritourism":{"activities":["homestay"]}}"#,
        r#"{"modes":["agritourism"],"agritourism":{"activities":["creative","folk_culture",null]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["agritourism"],"agritourism":{"activities":["fishing"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"agritourism":{"activities":[]}}"#,
    ],
};
