//! # 4.2 市场运作 Market operation
//!
//! > 4.2 市场运作：采取市场化运营机制，整合人才、资金、技术等各方面资源。
//!
//! **Not checkable from a filing:** a principle of how the workshop is run,
//! with no fact a filing could state and a reviewer could verify; the
//! operating entity and the benefit-linkage model it leads to are checked
//! under 8.1 and 8.3.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "4.2",
    title: Text::words("市场运作", "Market operation"),
    text: words("采取市场化运营机制，整合人才、资金、技术等各方面资源。"),
    text_en: words("A market-based operating mechanism is adopted, bringing together talent, capital, technology and other resources."),
    mode: None,
    not_checkable: Some(Text::words("总则性原则，申报材料中没有可核验的对应事项；运营主体与利益联结模式分别由第8.1条、第8.3条检查", "a general principle with no verifiable fact in a filing; the operating entity and the benefit-linkage model are checked under 8.1 and 8.3")),
    checks: &[],
    check: nothing,
    fires: cases![],
    passes: cases![],
};
