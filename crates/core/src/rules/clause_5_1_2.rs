//! # 5.1.2 机制建设：联系制度 Mechanism: liaison system
//!
//! > 5.1.2 应建立乡镇领导联产业、驻村（联社）干部联技能、乡贤能人联资源、村（社区）干部联运行、网格党员联服务的共富工坊联系制度。
//!
//! **What it checks:** for each of the five roles (`township_leader`,
//! `resident_cadre`, `local_talent`, `village_cadre`, `grid_member`), at least
//! one steward in `party.stewards` has that role. One finding per missing role,
//! on the roster `party.stewards`.
//!
//! **Why:** "应建立" is a requirement (error), and the system the clause names
//! is made of five links, each held by one kind of person: a roster without
//! one of them has not established the system. Only stewards whose role is
//! valid count (filing-v1.md §4); a steward with an unlisted role gets a
//! format finding on `party.stewards[i].role`. A roster that is not a list at
//! all is a format finding and is not also reported as missing roles.

use super::prelude::*;

/// The roles in the order of the clause, one check each.
const ROLES: [StewardRole; 5] = [
    StewardRole::TownshipLeader,
    StewardRole::ResidentCadre,
    StewardRole::LocalTalent,
    StewardRole::VillageCadre,
    StewardRole::GridMember,
];

pub static RULE: Rule = Rule {
    clause: "5.1.2",
    title: Text::words("机制建设：联系制度", "Mechanism: liaison system"),
    text: words("应建立乡镇领导联产业、驻村（联社）干部联技能、乡贤能人联资源、村（社区）干部联运行、网格党员联服务的共富工坊联系制度。"),
    text_en: words("A liaison system for the workshop shall be established in which township leaders link with industry, resident (village or community) cadres with skills, local talents with resources, village (community) cadres with operation, and grid Party members with services."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "party.stewards.missing_township_leader",
            field: paths::party::stewards,
            level: Error,
            message: Text {
                zh: "红色管家中应有乡镇领导（乡镇领导联产业）",
                en: "The red stewards must include a township leader (linking with industry)",
            },
        },
        Check {
            code: "party.stewards.missing_resident_cadre",
            field: paths::party::stewards,
            level: Error,
            message: Text {
                zh: "红色管家中应有驻村（联社）干部（驻村干部联技能）",
                en: "The red stewards must include a resident village or community cadre (linking with skills)",
            },
        },
        Check {
            code: "party.stewards.missing_local_talent",
            field: paths::party::stewards,
            level: Error,
            message: Text {
                zh: "红色管家中应有乡贤能人（乡贤能人联资源）",
                en: "The red stewards must include a local talent (linking with resources)",
            },
        },
        Check {
            code: "party.stewards.missing_village_cadre",
            field: paths::party::stewards,
            level: Error,
            message: Text {
                zh: "红色管家中应有村（社区）干部（村社干部联运行）",
                en: "The red stewards must include a village or community cadre (linking with operation)",
            },
        },
        Check {
            code: "party.stewards.missing_grid_member",
            field: paths::party::stewards,
            level: Error,
            message: Text {
                zh: "红色管家中应有网格党员（网格党员联服务）",
                en: "The red stewards must include a grid Party member (linking with services)",
            },
        },
    ],
    check: |f, _, out| {
        let stewards = &f.party.or_empty().stewards;
        for (i, role) in ROLES.iter().enumerate() {
            out.fire_if(stewards.fails(|items| items.given().any(|(_, s)| s.role.given() == Some(role))), i);
        }
    },
    fires: cases![
        fires(
            r#"{"party":{"stewards":[
                {"role":"resident_cadre","name":"雷晓燕","unit":"雾溪畲族乡人民政府","phone":"13905782345"},
                {"role":"local_talent","name":"钟志强","unit":"云和县木玩协会","phone":"13705783456"},
                {"role":"village_cadre","name":"蓝小红","unit":"坪垟岗村村委会","phone":"0578-5123456"},
                {"role":"grid_member","name":"雷国华","unit":"坪垟岗村","phone":"15805785678"}]}}"#,
            "party.stewards.missing_township_leader",
            "party.stewards",
        ),
        // An item that is not an object does not count.
        fires(
            r#"{"party":{"stewards":[5,
                {"role":"resident_cadre","name":"雷晓燕","unit":"雾溪畲族乡人民政府","phone":"13905782345"}]}}"#,
            "party.stewards.missing_township_leader",
            "party.stewards",
        ),
        fires(r#"{"party":{"stewards":[]}}"#, "party.stewards.missing_resident_cadre", "party.stewards"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"party":5}"#, "party.stewards.missing_local_talent", "party.stewards"),
        fires(r#"{"party":{"stewards":null}}"#, "party.stewards.missing_village_cadre", "party.stewards"),
        fires(r#"{"party":{"stewards":[null,"　"]}}"#, "party.stewards.missing_village_cadre", "party.stewards"),
        // An unlisted role is a format finding on the role, and does not count.
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"13905781234"},
                {"role":"resident_cadre","name":"雷晓燕","unit":"雾溪畲族乡人民政府","phone":"13905782345"},
                {"role":"local_talent","name":"钟志强","unit":"云和县木玩协会","phone":"13705783456"},
                {"role":"village_cadre","name":"蓝小红","unit":"坪垟岗村村委会","phone":"0578-5123456"},
                {"role":"grid","name":"雷国华","unit":"坪垟岗村","phone":"15805785678"}]}}"#,
            "party.stewards.missing_grid_member",
            "party.stewards",
        ),
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"13905781234"},
                {"name":"雷国华","unit":"坪垟岗村","phone":"15805785678"}]}}"#,
            "party.stewards.missing_grid_member",
            "party.stewards",
        ),
    ],
    passes: cases![
        // Any order, blank items ignored, codes trimmed, one person per role
        // or more; the details of each steward are 5.2.1's concern.
        r#"{"party":{"stewards":[
            null,
            {"role":" grid_member ","name":"雷国华"},
            {"role":"village_cadre"},
            {"role":"local_talent","name":"钟志强"},
            {"role":"local_talent","name":"吴美丽"},
            {"role":"resident_cadre","name":"雷晓燕"},
            {"role":"township_leader","name":"蓝建平"}]}}"#,
        // A roster that is not a list is a format finding, not also missing roles.
        r#"{"party":{"stewards":"见附件"}}"#,
        r#"{"party":{"stewards":{"role":"township_leader"}}}"#,
    ],
};
