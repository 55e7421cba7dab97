//! # 8.1 准入审核与申报备案 Admission review and filing
//!
//! > 8.1 应符合准入审核要求，进行申报备案。
//!
//! **What it checks:** `operations.declaration` is true (the applicant
//! declares the filing true and submits to the admission review); the
//! workshop's `name`, `county`, `township`, `village` and `address` and the
//! operator's `name` and `kind` are given, one finding each on its own field;
//! `operator.credit_code` is given unless `operator.kind` is `broker`,
//! `livestreamer`, `vehicle_owner` or `other`.
//!
//! **Why:** "应" makes it a requirement (error). A filing is the 申报备案
//! itself, and the admission review cannot identify the workshop, where it
//! is, or who runs it without these facts. Brokers, livestreamers, owners of
//! a mobile supply vehicle and "other" operators may be natural persons with
//! no 统一社会信用代码, so the code is not required of them; when the kind is
//! not given (or not a listed value) nothing shows the operator is exempt, so
//! the code is required. A credit code that fails GB 32100-2015 is already a
//! data-format finding and is not also reported as missing.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.1",
    title: Text::words("准入审核与申报备案", "Admission review and filing"),
    text: words("应符合准入审核要求，进行申报备案。"),
    text_en: words("The workshop shall meet the requirements of the admission review and be declared and filed."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "operations.declaration.missing",
            field: paths::operations::declaration,
            level: Error,
            message: Text {
                zh: "应声明所填申报内容真实，并接受准入审核",
                en: "The applicant must declare the filing true and submit to the admission review",
            },
        },
        Check {
            code: "workshop.name.missing",
            field: paths::workshop::name,
            level: Error,
            message: Text { zh: "申报备案应填写共富工坊名称", en: "The filing must give the workshop's name" },
        },
        Check {
            code: "workshop.county.missing",
            field: paths::workshop::county,
            level: Error,
            message: Text {
                zh: "申报备案应选择工坊所在县（市、区）",
                en: "The filing must give the county-level division the workshop is in",
            },
        },
        Check {
            code: "workshop.township.missing",
            field: paths::workshop::township,
            level: Error,
            message: Text {
                zh: "申报备案应填写工坊所在乡镇（街道）",
                en: "The filing must give the township or subdistrict the workshop is in",
            },
        },
        Check {
            code: "workshop.village.missing",
            field: paths::workshop::village,
            level: Error,
            message: Text {
                zh: "申报备案应填写工坊所在村（社区）",
                en: "The filing must give the village or community the workshop is in",
            },
        },
        Check {
            code: "workshop.address.missing",
            field: paths::workshop::address,
            level: Error,
            message: Text { zh: "申报备案应填写工坊详细地址", en: "The filing must give the workshop's full address" },
        },
        Check {
            code: "operator.name.missing",
            field: paths::operator::name,
            level: Error,
            message: Text { zh: "申报备案应填写运营主体名称", en: "The filing must give the name of the operating entity" },
        },
        Check {
            code: "operator.kind.missing",
            field: paths::operator::kind,
            level: Error,
            message: Text { zh: "申报备案应选择运营主体类型", en: "The filing must give the kind of operating entity" },
        },
        Check {
            code: "operator.credit_code.missing",
            field: paths::operator::credit_code,
            level: Error,
            message: Text {
                zh: "申报备案应填写运营主体的统一社会信用代码（经纪人、直播达人、流动供销致富车车主及其他类型的运营主体除外）",
                en: "The filing must give the operating entity's unified social credit code (not required of brokers, livestreamers, owners of a mobile supply vehicle or operators of kind \"other\")",
            },
        },
    ],
    check: |f, _, out| {
        let w = f.workshop.or_empty();
        let op = f.operator.or_empty();
        out.fire_if(f.operations.or_empty().declaration.not_true(), 0);
        out.fire_if(w.name.missing(), 1);
        out.fire_if(w.county.is_absent(), 2);
        out.fire_if(w.township.missing(), 3);
        out.fire_if(w.village.missing(), 4);
        out.fire_if(w.address.missing(), 5);
        out.fire_if(op.name.missing(), 6);
        out.fire_if(op.kind.is_absent(), 7);
        let exempt = op.kind.given().is_some_and(|k| {
            matches!(k, OperatorKind::Broker | OperatorKind::Livestreamer | OperatorKind::VehicleOwner | OperatorKind::Other)
        });
        out.fire_if(!exempt && op.credit_code.is_absent(), 8);
    },
    fires: cases![
        fires(r#"{"operations":{"declaration":false}}"#, "operations.declaration.missing", "operations.declaration"),
        fires(r#"{"operations":{"declaration":"false"}}"#, "operations.declaration.missing", "operations.declaration"),
        fires(r#"{"operations":{"declaration":null}}"#, "operations.declaration.missing", "operations.declaration"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"operations":"x"}"#, "operations.declaration.missing", "operations.declaration"),
        fires(r#"{"workshop":{"name":"　"}}"#, "workshop.name.missing", "workshop.name"),
        fires(r#"{"workshop":{"name":null}}"#, "workshop.name.missing", "workshop.name"),
        fires(r#"{"workshop":{"county":null}}"#, "workshop.county.missing", "workshop.county"),
        fires(r#"{"workshop":{"county":" "}}"#, "workshop.county.missing", "workshop.county"),
        fires(r#"{"workshop":{"township":""}}"#, "workshop.township.missing", "workshop.township"),
        fires(r#"{"workshop":{"village":"　"}}"#, "workshop.village.missing", "workshop.village"),
        fires(r#"{"workshop":{"address":null}}"#, "workshop.address.missing", "workshop.address"),
        fires(r#"{"workshop":"x"}"#, "workshop.name.missing", "workshop.name"),
        fires(r#"{"workshop":"x"}"#, "workshop.county.missing", "workshop.county"),
        fires(r#"{"workshop":"x"}"#, "workshop.address.missing", "workshop.address"),
        fires(r#"{"operator":{"name":"　"}}"#, "operator.name.missing", "operator.name"),
        fires(r#"{"operator":{"kind":null}}"#, "operator.kind.missing", "operator.kind"),
        fires(r#"{"operator":{"credit_code":null}}"#, "operator.credit_code.missing", "operator.credit_code"),
        fires(r#"{"operator":{"credit_code":"　"}}"#, "operator.credit_code.missing", "operator.credit_code"),
        fires(
            r#"{"operator":{"kind":"sole_trader","credit_code":null}}"#,
            "operator.credit_code.missing",
            "operator.credit_code",
        ),
        // Kind absent: nothing shows the operator is exempt.
        fires(r#"{"operator":{"kind":null,"credit_code":null}}"#, "operator.credit_code.missing", "operator.credit_code"),
        // Kind unlisted (a format finding): likewise.
        fires(r#"{"operator":{"kind":"person","credit_code":null}}"#, "operator.credit_code.missing", "operator.credit_code"),
        fires(r#"{"operator":"x"}"#, "operator.name.missing", "operator.name"),
        fires(r#"{"operator":"x"}"#, "operator.kind.missing", "operator.kind"),
        fires(r#"{"operator":"x"}"#, "operator.credit_code.missing", "operator.credit_code"),
    ],
    passes: cases![
        r#"{"operations":{"declaration":"true"}}"#,
        r#"{"operator":{"credit_code":"9144030071526726xg"}}"#,
        // Kinds exempt from the credit code.
        r#"{"operator":{"kind":"broker","credit_code":null}}"#,
        r#"{"operator":{"kind":"livestreamer","credit_code":"　"}}"#,
        r#"{"operator":{"kind":"vehicle_owner","credit_code":null}}"#,
        r#"{"operator":{"kind":"other","credit_code":null}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"operator":{"credit_code":"91330100799655058C"}}"#,
        r#"{"operator":{"credit_code":"12345"}}"#,
        r#"{"operations":{"declaration":"yes"}}"#,
        r#"{"workshop":{"county":"hangzhou"}}"#,
        r#"{"workshop":{"name":12}}"#,
    ],
};
