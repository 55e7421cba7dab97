//! # 7.1.3 来料加工式：工位与设备 Processing: workstations and equipment
//!
//! > 7.1.3 宜设置工位10个以上，宜配备与加工相适应的设备和器具。
//!
//! **What it checks** (mode 来料加工式 only): `processing.workstations` is at
//! least 10; `processing.equipment` is true.
//!
//! **Why:** both halves say "宜", recommendations: warnings that do not block.
//! "10个以上" is read as 10 or more, as Chinese standards write "以上"
//! inclusively.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.1.3",
    title: Text::words("来料加工式：工位与设备", "Outsourced processing: workstations and equipment"),
    text: words("宜设置工位10个以上，宜配备与加工相适应的设备和器具。"),
    text_en: words("Ten or more workstations should be set up, with equipment and tools suited to the processing."),
    mode: Some(Mode::Processing),
    not_checkable: None,
    checks: &[
        Check {
            code: "processing.workstations.below_10",
            field: paths::processing::workstations,
            level: Warning,
            message: Text { zh: "宜设置工位10个以上", en: "Ten or more workstations should be set up" },
        },
        Check {
            code: "processing.equipment.missing",
            field: paths::processing::equipment,
            level: Warning,
            message: Text {
                zh: "宜配备与加工相适应的设备和器具",
                en: "Equipment and tools suited to the processing should be provided",
            },
        },
    ],
    check: |f, _, out| {
        let p = f.processing.or_empty();
        out.fire_if(p.workstations.below(10), 0);
        out.fire_if(p.equipment.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"processing":{"workstations":9}}"#, "processing.workstations.below_10", "processing.workstations"),
        fires(r#"{"processing":{"workstations":null}}"#, "processing.workstations.below_10", "processing.workstations"),
        fires(r#"{"processing":{"equipment":false}}"#, "processing.equipment.missing", "processing.equipment"),
        fires(r#"{"processing":{"equipment":"false"}}"#, "processing.equipment.missing", "processing.equipment"),
    ],
    passes: cases![
        r#"{"processing":{"workstations":10,"equipment":true}}"#,
        r#"{"processing":{"workstations":"１０","equipment":"true"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"modes":["recruitment"],"processing":{"workstations":1,"equipment":false}}"#,
    ],
};
