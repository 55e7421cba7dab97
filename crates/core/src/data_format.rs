//! Data-format findings (`clause: null`, level error): a value of the wrong
//! type or form, and the cross-field checks of filing-v1.md §3 that no clause
//! states: a date after the filing date, more low-income or trainee employees
//! than employees, an order share outside (0, 100], a negative area, an
//! area written in one unit with the other chosen, a contract version
//! other than 1.

use crate::prelude::*;

use crate::input::Problem;
use crate::model::{paths, Filing, Mode};
use crate::report::{Finding, Lang, Level};
use crate::rules::Context;

/// A cross-field problem: its code and messages.
struct Cross {
    code: &'static str,
    zh: &'static str,
    en: &'static str,
}

const AFTER_FILING_DATE: Cross =
    Cross {
        code: "after_filing_date", zh: "日期不能晚于申报日期", en: "the date must not be after the filing date"
    };
const ABOVE_EMPLOYEES: Cross = Cross {
    code: "above_employees",
    zh: "人数不能多于从业人员总数",
    en: "must not be more than the number of employees",
};
const SHARE_RANGE: Cross = Cross {
    code: "out_of_range",
    zh: "订单金额比例应大于0且不超过100",
    en: "the order share must be more than 0 and at most 100",
};
const UNSUPPORTED_VERSION: Cross = Cross {
    code: "unsupported",
    zh: "不支持的数据版本：本程序读取第1版（version 为 1 或不填），其余内容按第1版检查",
    en: "unsupported contract version: this validator reads version 1 (version 1 or absent); the rest is checked as version 1",
};
const AREA_UNITS_DISAGREE: Cross = Cross {
    code: "unit_conflict",
    zh: "面积后写的单位与所选的面积单位不一致，请改为一致",
    en: "the unit written after the area differs from the unit of area chosen; make them agree",
};
const NEGATIVE_AREA: Cross =
    Cross { code: "out_of_range", zh: "面积不能为负数", en: "the area must not be negative" };

/// Every data-format finding of the filing.
pub fn findings(filing: &Filing, ctx: &Context, lang: Lang) -> Vec<Finding> {
    let mut out: Vec<Finding> = filing
        .format_problems()
        .into_iter()
        .map(|(field, problem)| finding(field, problem.code(), message(&problem, lang)))
        .collect();
    let mut cross = |field: &str, c: &Cross| {
        let msg = match lang {
            Lang::Zh => c.zh.to_owned(),
            Lang::En => c.en.to_owned(),
        };
        out.push(finding(field.to_owned(), c.code, msg));
    };

    // The rest is still read as v1 (filing-v1.md §4).
    if filing.version.given().is_some_and(|&v| v != 1) {
        cross(paths::version, &UNSUPPORTED_VERSION);
    }

    let after = |d: Option<&crate::formats::Date>| d.is_some_and(|d| *d > ctx.filing_date);
    if after(filing.workshop.or_empty().established.given()) {
        cross(paths::workshop::established, &AFTER_FILING_DATE);
    }
    if after(filing.brand.or_empty().last_star_rating.given()) {
        cross(paths::brand::last_star_rating, &AFTER_FILING_DATE);
    }

    let ops = filing.operations.or_empty();
    if let Some(&employees) = ops.employees.given() {
        if ops.low_income_employees.given().is_some_and(|&n| n > employees) {
            cross(paths::operations::low_income_employees, &ABOVE_EMPLOYEES);
        }
        if ops.trainee_employees.given().is_some_and(|&n| n > employees) {
            cross(paths::operations::trainee_employees, &ABOVE_EMPLOYEES);
        }
    }

    if filing.has_mode(Mode::Overseas) {
        let share = filing.overseas.or_empty().order_share_percent.given();
        if share.is_some_and(|&p| !(p > 0.0 && p <= 100.0)) {
            cross(paths::overseas::order_share_percent, &SHARE_RANGE);
        }
    }
    if filing.has_mode(Mode::BrandLed) {
        let b = filing.brand_led.or_empty();
        if b.base_area.given().is_some_and(|a| a.value < 0.0) {
            cross(paths::brand_led::base_area, &NEGATIVE_AREA);
        }
        if b.area_units_disagree() {
            cross(paths::brand_led::base_area, &AREA_UNITS_DISAGREE);
        }
    }
    out
}

fn message(problem: &Problem, lang: Lang) -> String {
    match lang {
        Lang::Zh => problem.message_zh(),
        Lang::En => problem.message_en(),
    }
}

/// A format finding; its code is the field path without item indexes and
/// the problem's code: `party.stewards.phone.phone_format`.
fn finding(field: String, problem: &str, message: String) -> Finding {
    let mut code = String::with_capacity(field.len() + problem.len() + 1);
    // By slices between the brackets (a push per character was a tenth of
    // the worst filing's time, size-optimised).
    let mut rest = field.as_str();
    while let Some(open) = rest.find('[') {
        code.push_str(&rest[..open]);
        rest = rest[open..].find(']').map_or("", |close| &rest[open + close + 1..]);
    }
    code.push_str(rest);
    code.push('.');
    code.push_str(problem);
    Finding { field, clause: None, level: Level::Error, code, message }
}
