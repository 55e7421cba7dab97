//! # 4.3 因地制宜 Suiting local conditions
//!
//! > 4.3 因地制宜：宜考虑地方特色资源、企业用工需求、群众就业意向等因素。
//!
//! **Not checkable from a filing:** a principle, and a recommendation ("宜"),
//! about what to weigh when planning a workshop; no fact a filing could state
//! shows that it was weighed. The use of local resources for the site is
//! recommended, and checked, under 6.1.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "4.3",
    title: Text::words("因地制宜", "Suiting local conditions"),
    text: words("宜考虑地方特色资源、企业用工需求、群众就业意向等因素。"),
    text_en: words("Local distinctive resources, the labour needs of enterprises, residents' wishes for employment and other factors should be taken into account."),
    mode: None,
    not_checkable: Some(Text::words("总则性原则，以“宜”表述规划时应考虑的因素，申报材料中没有可核验的对应事项；场地对地方资源的利用由第6.1条检查", "a general principle recommending (宜) what to weigh in planning, with no verifiable fact in a filing; the site's use of local resources is checked under 6.1")),
    checks: &[],
    check: nothing,
    fires: cases![],
    passes: cases![],
};
