//! # 5.2.1 红色管家：信息公开 Red stewards: details made public
//!
//! > 5.2.1 应将红色管家的姓名、工作单位、联系电话等信息在共富工坊进行公开。
//!
//! **What it checks:** every steward of `party.stewards` gives a name, a unit
//! (工作单位) and a phone number, and the phone number is well-formed: a
//! mobile number (`1[3-9]` and 9 digits) or a landline with its area code
//! (`0` and 9 to 11 digits), spaces and hyphens allowed. Findings point at the
//! steward's field, `party.stewards[i].name` / `.unit` / `.phone`. And
//! `party.stewards_public` is true: the details are shown at the workshop.
//!
//! **Why:** "应" makes it a requirement (error). Details can only be made
//! public if they are known, and a phone number that cannot be dialled does
//! not let anyone reach the steward, so a malformed number has its own
//! finding here rather than being a reading error. Items of the roster that
//! are not objects, and values of the wrong type (a name given as a number),
//! are format findings and are not also reported as missing.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.2.1",
    title: Text::words("红色管家：信息公开", "Red stewards: details made public"),
    text: words("应将红色管家的姓名、工作单位、联系电话等信息在共富工坊进行公开。"),
    text_en: words("The names, work units, telephone numbers and other details of the red stewards shall be made public at the workshop."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "party.stewards[].name.missing",
            field: paths::party::stewards::name,
            level: Error,
            message: Text { zh: "应填写姓名", en: "The name must be given" },
        },
        Check {
            code: "party.stewards[].unit.missing",
            field: paths::party::stewards::unit,
            level: Error,
            message: Text { zh: "应填写工作单位", en: "The work unit must be given" },
        },
        Check {
            code: "party.stewards[].phone.missing",
            field: paths::party::stewards::phone,
            level: Error,
            message: Text { zh: "应填写联系电话", en: "The telephone number must be given" },
        },
        Check {
            code: "party.stewards[].phone.malformed",
            field: paths::party::stewards::phone,
            level: Error,
            message: Text {
                zh: "联系电话应为11位手机号码或带区号的固定电话，请核对",
                en: "The telephone number must be an 11-digit mobile number or a landline with its area code; please check it",
            },
        },
        Check {
            code: "party.stewards_public.missing",
            field: paths::party::stewards_public,
            level: Error,
            message: Text {
                zh: "应将红色管家的姓名、工作单位、联系电话等信息在共富工坊公开",
                en: "The red stewards' names, work units and telephone numbers must be made public at the workshop",
            },
        },
    ],
    check: |f, _, out| {
        let party = f.party.or_empty();
        if let Some(stewards) = party.stewards.given() {
            for (i, s) in stewards.given() {
                if s.name.missing() {
                    out.fire_at(0, paths::party::steward(i, "name"));
                }
                if s.unit.missing() {
                    out.fire_at(1, paths::party::steward(i, "unit"));
                }
                if s.phone.is_absent() {
                    out.fire_at(2, paths::party::steward(i, "phone"));
                }
                if s.phone.given().is_some_and(|p| !p.is_well_formed()) {
                    out.fire_at(3, paths::party::steward(i, "phone"));
                }
            }
        }
        out.fire_if(party.stewards_public.not_true(), 4);
    },
    fires: cases![
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"13905781234"},
                {"role":"resident_cadre","name":"　","unit":"雾溪畲族乡人民政府","phone":"13905782345"}]}}"#,
            "party.stewards[].name.missing",
            "party.stewards[1].name",
        ),
        // A null item keeps its position: the next steward is [1].
        fires(
            r#"{"party":{"stewards":[null,
                {"role":"township_leader","name":"蓝建平","phone":"13905781234"}]}}"#,
            "party.stewards[].unit.missing",
            "party.stewards[1].unit",
        ),
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":null}]}}"#,
            "party.stewards[].phone.missing",
            "party.stewards[0].phone",
        ),
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"13905781234"},
                {"role":"resident_cadre","name":"雷晓燕","unit":"雾溪畲族乡人民政府","phone":"13905782345"},
                {"role":"local_talent","name":"钟志强","unit":"云和县木玩协会","phone":"0578-512"}]}}"#,
            "party.stewards[].phone.malformed",
            "party.stewards[2].phone",
        ),
        // 12 is no mobile prefix.
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"12905781234"}]}}"#,
            "party.stewards[].phone.malformed",
            "party.stewards[0].phone",
        ),
        fires(
            r#"{"party":{"stewards":[
                {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"蓝建平手机"}]}}"#,
            "party.stewards[].phone.malformed",
            "party.stewards[0].phone",
        ),
        fires(r#"{"party":{"stewards_public":false}}"#, "party.stewards_public.missing", "party.stewards_public"),
        fires(r#"{"party":{"stewards_public":"false"}}"#, "party.stewards_public.missing", "party.stewards_public"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"party":5}"#, "party.stewards_public.missing", "party.stewards_public"),
    ],
    passes: cases![
        // Full-width digits, spaces and hyphens; a landline with its area code.
        r#"{"party":{"stewards_public":"true","stewards":[
            {"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"１３９０５７８１２３４"},
            {"role":"resident_cadre","name":"雷晓燕","unit":"雾溪畲族乡人民政府","phone":"139-0578-2345"},
            {"role":"local_talent","name":"钟志强","unit":"云和县木玩协会","phone":" 0578 5123456 "}]}}"#,
        // Malformed values and items are format findings, not also missing.
        r#"{"party":{"stewards":[
            5,
            {"role":"township_leader","name":12,"unit":["乡政府"],"phone":13905781234}]}}"#,
        // No stewards: nothing to check item by item (5.1.2 reports the roles).
        r#"{"party":{"stewards":[]}}"#,
        r#"{"party":{"stewards":"见附件"}}"#,
    ],
};
