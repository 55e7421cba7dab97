//! # 4.4 共建共享 Joint building and sharing
//!
//! > 4.4 共建共享：政府、企业、村社、个人等多方参与，建立科学、合理的利益分配机制。
//!
//! **Not checkable from a filing:** a principle. The participation of many
//! parties is no single fact a filing could state, and whether a mechanism is
//! "科学、合理" is a judgement, not a check. The benefit-distribution
//! mechanism it calls for is checked through 8.3 (利益联结模式).

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "4.4",
    title: Text::words("共建共享", "Joint building and sharing"),
    text: words("政府、企业、村社、个人等多方参与，建立科学、合理的利益分配机制。"),
    text_en: words("Government, enterprises, villages and communities, individuals and other parties take part, and a scientific and reasonable benefit-distribution mechanism is established."),
    mode: None,
    not_checkable: Some(Text::words("总则性原则，多方参与不是申报材料可核验的单一事项；利益分配机制通过第8.3条（利益联结模式）检查", "a general principle; the participation of many parties is no single verifiable fact in a filing, and the benefit-distribution mechanism is checked through 8.3 (benefit-linkage model)")),
    checks: &[],
    check: nothing,
    fires: cases![],
    passes: cases![],
};
