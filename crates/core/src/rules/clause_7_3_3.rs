//! # 7.3.3 电商直播式：场所、直播工位与设备 E-commerce livestreaming: venue, stations and equipment
//!
//! > 7.3.3 宜设置在电商服务中心、乡村直播间、园区、电商企业或闲置房屋等，有 1 个以上直播工位，宜配备直播设备。
//!
//! **What it checks** (mode 电商直播式 only): `livestream.venue` is given;
//! `livestream.stations` is at least 1; `livestream.equipment` is true.
//!
//! **Why:** the venue and the equipment each follow a "宜", recommendations
//! (warnings). "有 1 个以上直播工位" stands between them without a "宜" of its
//! own: it states what an e-commerce livestreaming workshop is, so a workshop
//! of this mode without a single livestream station cannot be filed (error).
//! The venue list ends in "等", so any listed venue, `other` included, meets
//! the clause; only an absent venue fires. "1 个以上" is read as 1 or more.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.3.3",
    title: Text::words("电商直播式：场所、直播工位与设备", "E-commerce livestreaming: venue, stations and equipment"),
    text: words("宜设置在电商服务中心、乡村直播间、园区、电商企业或闲置房屋等，有 1 个以上直播工位，宜配备直播设备。"),
    text_en: words("The workshop should be set up in an e-commerce service centre, a village livestream studio, an industrial park, an e-commerce enterprise, an idle house or the like; it has one or more livestream stations, and should be equipped with livestreaming equipment."),
    mode: Some(Mode::Livestream),
    not_checkable: None,
    checks: &[
        Check {
            code: "livestream.venue.missing",
            field: paths::livestream::venue,
            level: Warning,
            message: Text {
                zh: "宜设置在电商服务中心、乡村直播间、园区、电商企业或闲置房屋等，请填写直播场所",
                en: "The workshop should be set up in an e-commerce service centre, a village livestream studio, an industrial park, an e-commerce enterprise, an idle house or the like; state the venue",
            },
        },
        Check {
            code: "livestream.stations.below_1",
            field: paths::livestream::stations,
            level: Error,
            message: Text { zh: "应有1个以上直播工位", en: "There must be at least one livestream station" },
        },
        Check {
            code: "livestream.equipment.missing",
            field: paths::livestream::equipment,
            level: Warning,
            message: Text { zh: "宜配备直播设备", en: "Livestreaming equipment should be provided" },
        },
    ],
    check: |f, _, out| {
        let l = f.livestream.or_empty();
        out.fire_if(l.venue.is_absent(), 0);
        out.fire_if(l.stations.below(1), 1);
        out.fire_if(l.equipment.not_true(), 2);
    },
    fires: cases![
        fires(r#"{"modes":["livestream"],"livestream":{"venue":null}}"#, "livestream.venue.missing", "livestream.venue"),
        fires(r#"{"modes":["livestream"],"livestream":{"venue":"　"}}"#, "livestream.venue.missing", "livestream.venue"),
        fires(r#"{"modes":["livestream"],"livestream":{"stations":0}}"#, "livestream.stations.below_1", "livestream.stations"),
        fires(r#"{"modes":["livestream"],"livestream":{"stations":"０"}}"#, "livestream.stations.below_1", "livestream.stations"),
        fires(r#"{"modes":["livestream"],"livestream":{"stations":null}}"#, "livestream.stations.below_1", "livestream.stations"),
        fires(r#"{"modes":["livestream"],"livestream":{"equipment":false}}"#, "livestream.equipment.missing", "livestream.equipment"),
        fires(r#"{"modes":["livestream"],"livestream":{"equipment":"false"}}"#, "livestream.equipment.missing", "livestream.equipment"),
        fires(r#"{"modes":["livestream"],"livestream":{"equipment":null}}"#, "livestream.equipment.missing", "livestream.equipment"),
    ],
    passes: cases![
        r#"{"modes":["livestream"],"livestream":{"venue":"idle_house","stations":1,"equipment":true}}"#,
        r#"{"modes":["livestream"],"livestream":{"venue":"other","stations":"１","equipment":"true"}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["livestream"],"livestream":{"venue":"garage","stations":"1.5","equipment":"yes"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"livestream":{"venue":null,"stations":0,"equipment":false}}"#,
    ],
};
