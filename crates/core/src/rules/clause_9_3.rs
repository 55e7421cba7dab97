//! # 9.3 星级评定 Star rating
//!
//! > 9.3 每半年应组织开展1次共富工坊星级评定，宜根据评定结果进行动态管理。
//!
//! **What it checks:** when `workshop.established` is more than 183 days
//! before the filing date, `brand.last_star_rating` is given
//! (`.missing`) and at most 183 days before it (`.overdue`): two checks, so
//! the message says which of the two is wrong. Six months is read as 183 days: established exactly 183 days
//! before, the check does not apply yet; a rating exactly 183 days before
//! passes, 184 days before fires, as does no rating at all. A malformed date
//! is a format finding and does not fire; so is a rating after the filing
//! date, which does not fire here either.
//!
//! **Why:** as the contract's rule table sets, a warning; its messages say
//! 按标准 and 建议, not 应, so they read as the recommendation they are. The "应" binds
//! whoever organises the star rating, the managing authorities, not the
//! workshop, and a filing can only report when the last rating was; an
//! overdue rating is flagged for the reviewer but does not block the filing.
//! The dynamic management after the rating ("宜") is the authorities' and
//! cannot be checked from a filing.

use super::prelude::*;

/// Six months, in days.
const HALF_YEAR_DAYS: i64 = 183;

pub static RULE: Rule = Rule {
    clause: "9.3",
    title: Text::words("星级评定", "Star rating"),
    text: words("每半年应组织开展1次共富工坊星级评定，宜根据评定结果进行动态管理。"),
    text_en: words("A star rating of the common prosperity workshops shall be organised once every six months, and the workshops should be managed dynamically according to the results."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "brand.last_star_rating.overdue",
            field: paths::brand::last_star_rating,
            level: Warning,
            message: Text {
                zh: "最近一次星级评定距申报日期已超过半年（183天）：按标准每半年开展1次星级评定，建议完成新一次评定后填写其日期",
                en: "The last star rating is more than six months (183 days) before the filing date: the standard has a rating every six months; after the next rating, give its date",
            },
        },
        Check {
            code: "brand.last_star_rating.missing",
            field: paths::brand::last_star_rating,
            level: Warning,
            message: Text {
                zh: "工坊建成已超过半年，尚未填写最近一次星级评定日期：按标准每半年开展1次星级评定，建议填写",
                en: "The workshop is more than six months old and no star rating date is given: the standard has a rating every six months; give the date of the last one",
            },
        },
    ],
    check: |f, ctx, out| {
        let filed = ctx.filing_date.days();
        let Some(established) = f.workshop.or_empty().established.given() else { return };
        if filed - established.days() <= HALF_YEAR_DAYS {
            return;
        }
        let rating = &f.brand.or_empty().last_star_rating;
        // Not given at all, or given but too old: each says what it sees.
        out.fire_if(rating.is_absent(), 1);
        out.fire_if(!rating.is_absent() && rating.fails(|d| filed - d.days() <= HALF_YEAR_DAYS), 0);
    },
    fires: cases![
        fires(r#"{"brand":{"last_star_rating":null}}"#, "brand.last_star_rating.missing", "brand.last_star_rating"),
        fires(r#"{"brand":{"last_star_rating":"　"}}"#, "brand.last_star_rating.missing", "brand.last_star_rating"),
        // 184 days before 2026-11-20.
        fires(r#"{"brand":{"last_star_rating":"2026-05-20"}}"#, "brand.last_star_rating.overdue", "brand.last_star_rating"),
        fires(r#"{"brand":{"last_star_rating":"2025-11-20"}}"#, "brand.last_star_rating.overdue", "brand.last_star_rating"),
        // Established 184 days before: the check applies.
        fires(
            r#"{"workshop":{"established":"2026-05-20"},"brand":{"last_star_rating":null}}"#,
            "brand.last_star_rating.missing",
            "brand.last_star_rating",
        ),
        fires(r#"{"brand":"x"}"#, "brand.last_star_rating.missing", "brand.last_star_rating"),
    ],
    passes: cases![
        // Exactly 183 days before 2026-11-20.
        r#"{"brand":{"last_star_rating":"2026-05-21"}}"#,
        r#"{"brand":{"last_star_rating":"2026-11-20"}}"#,
        // Established exactly 183 days before: not yet six months old.
        r#"{"workshop":{"established":"2026-05-21"},"brand":{"last_star_rating":null}}"#,
        r#"{"workshop":{"established":"2026-10-01"},"brand":"x"}"#,
        // Established not given (or malformed): the check does not apply.
        r#"{"workshop":{"established":null},"brand":{"last_star_rating":null}}"#,
        r#"{"workshop":{"established":"15/03/2024"},"brand":{"last_star_rating":null}}"#,
        // Malformed rating: a format finding only.
        r#"{"brand":{"last_star_rating":"2026-02-30"}}"#,
        r#"{"brand":{"last_star_rating":"２０２６-07-01"}}"#,
        // A rating after the filing date is a format finding, not overdue.
        r#"{"brand":{"last_star_rating":"2026-12-01"}}"#,
    ],
};
