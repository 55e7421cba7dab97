//! Hand-written readers for the fixed formats of filing-v1.md §4.
//!
//! Each is a few lines of byte arithmetic, where a `regex` dependency would
//! add about 250 KB to the wasm module for three fixed patterns.

use crate::prelude::*;

/// Trims Unicode white space, the ideographic space U+3000 included
/// (`char::is_whitespace` covers it).
pub fn trim(s: &str) -> &str {
    // Fast path: most values neither start nor end with white space, and
    // that shows in the lead bytes of the first and last characters
    // (decoding them took a noticeable share of a call in wasm).
    let b = s.as_bytes();
    let last_lead = b.iter().rposition(|&c| c & 0xc0 != 0x80);
    match (b.first(), last_lead.map(|i| b[i])) {
        (Some(&f), Some(l)) if !may_start_space(f) && !may_start_space(l) => s,
        _ => s.trim_matches(char::is_whitespace),
    }
}

/// Whether a character starting with this (lead) byte can be white space:
/// ASCII white space, or U+0085, U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F
/// (0xE2), U+3000 (0xE3).
fn may_start_space(lead: u8) -> bool {
    lead.is_ascii_whitespace() || lead == 0x0b || matches!(lead, 0xc2 | 0xe1 | 0xe2 | 0xe3)
}

/// Maps full-width digits, minus, and full stop (`１２．５`) to ASCII, since
/// Chinese input methods often produce them in number fields.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '－' => '-',
            '．' => '.',
            '，' => ',',
            c => c,
        })
        .collect()
}

/// Reads a number written as text: an optional `-`, digits (in groups of
/// three after the first when written with thousands separators, `1,200`),
/// and an optional `.` with digits; no `+` or exponent.
///
/// Hand-written rather than `str::parse::<f64>`, whose correctly-rounded
/// algorithm brings ~10 KB of tables into the wasm; for the counts, areas and
/// percentages of a filing, digits accumulated exactly and scaled once are
/// exact up to 15 significant digits.
pub fn parse_number(s: &str) -> Option<f64> {
    // Longer than any number a person writes (1e308 has 309 digits): not
    // one, without copying a 10 MB string to map its digits.
    const LONGEST: usize = 1024;
    let s = trim(s);
    if s.len() > LONGEST {
        return None;
    }
    let s = ascii_digits(s);
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let (grouped, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let int = ungroup(grouped)?;
    if !digits(&int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let mut value = 0f64;
    for b in int.bytes() {
        value = value * 10.0 + f64::from(b - b'0');
    }
    if let Some(frac) = frac {
        let mut scale = 1f64;
        let mut part = 0f64;
        for b in frac.bytes().take(18) {
            part = part * 10.0 + f64::from(b - b'0');
            scale *= 10.0;
        }
        value += part / scale;
    }
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

/// The value of a JSON number's text (serde_json has checked it against
/// JSON's grammar: `-?digits[.digits][(e|E)[+-]digits]`), as serde_json
/// itself reads one without its `float_roundtrip`: the first 19 significant
/// digits as an integer, scaled by the power of ten once (exact for what a
/// filing holds: up to 15 significant digits and exponents to ±22). Beyond
/// the range of a double it is infinite, which the reader takes as out of
/// range. Read here, not by serde_json, whose table of 309 powers of ten was
/// 2.5 KB of the wasm modules that no filing needs (issue 28).
pub fn json_number(text: &str) -> f64 {
    // 10^0 ..= 10^22: the powers of ten a double holds exactly.
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp_text) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, ""),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut significand: u64 = 0;
    let mut exponent: i64 = 0;
    for (b, in_frac) in int.bytes().map(|b| (b, false)).chain(frac.bytes().map(|b| (b, true))) {
        let digit = u64::from(b.wrapping_sub(b'0'));
        if significand < 1_000_000_000_000_000_000 / 10 {
            significand = significand * 10 + digit;
            exponent -= i64::from(in_frac);
        } else {
            // A digit past the 19th: dropped, its place kept.
            exponent += i64::from(!in_frac);
        }
    }
    let exp_text = exp_text.strip_prefix('+').unwrap_or(exp_text);
    let (exp_negative, exp_digits) = match exp_text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, exp_text),
    };
    // Saturated: 10^(10^6) is as far out of range as any.
    let written = exp_digits.bytes().fold(0i64, |e, b| (e * 10 + i64::from(b.wrapping_sub(b'0'))).min(1_000_000));
    exponent += if exp_negative { -written } else { written };
    let mut value = significand as f64;
    while value != 0.0 && value.is_finite() && exponent != 0 {
        let step = exponent.unsigned_abs().min(22) as usize;
        if exponent > 0 {
            value *= EXACT[step];
            exponent -= step as i64;
        } else {
            value /= EXACT[step];
            exponent += step as i64;
        }
    }
    if negative {
        -value
    } else {
        value
    }
}

/// A number's text as a JSON number: what [`parse_number`] reads, written
/// with ASCII digits, no separators and no leading zeros (`" ０１２．５ "` →
/// `12.5`, `"1,200"` → `1200`); `None` when it is not a number.
pub fn number_digits(s: &str) -> Option<String> {
    parse_number(s)?;
    let s = ascii_digits(trim(s));
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.as_str()),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int = ungroup(int)?;
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    Some(match frac {
        Some(f) => format!("{sign}{int}.{f}"),
        None => format!("{sign}{int}"),
    })
}

/// The digits of a whole part written with thousands separators (`1,200`,
/// `12,345,678`): every group after the first has three digits, the first
/// one to three. Without a separator, the text as it is.
fn ungroup(int: &str) -> Option<alloc::borrow::Cow<'_, str>> {
    if !int.contains(',') {
        return Some(alloc::borrow::Cow::Borrowed(int));
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    let all_digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if first.is_empty() || first.len() > 3 || !all_digits(first) {
        return None;
    }
    let mut out = first.to_owned();
    for g in groups {
        if g.len() != 3 || !all_digits(g) {
            return None;
        }
        out.push_str(g);
    }
    Some(alloc::borrow::Cow::Owned(out))
}

/// Measure words a count may be written with, as people type it: `3个`,
/// `12 人`, `2次`.
pub const COUNT_UNITS: &[&str] = &["个", "人", "名", "位", "次", "台", "辆", "具", "户"];

/// Units an area may be written with: `60亩`, `3000平方米`, `3000 m²`; each
/// with the index of its unit in `filing-v1` (0 `mu`, 1 `m2`).
pub const AREA_UNITS: &[(&str, usize)] =
    &[("亩", 0), ("平方米", 1), ("平米", 1), ("㎡", 1), ("m²", 1), ("m2", 1), ("M2", 1)];

/// `s` without one of `units` at its end (white space before it allowed),
/// and which one it was.
pub fn strip_unit<'a>(s: &'a str, units: &[&str]) -> (&'a str, Option<usize>) {
    let t = trim(s);
    for (i, u) in units.iter().enumerate() {
        if let Some(rest) = t.strip_suffix(u) {
            return (trim(rest), Some(i));
        }
    }
    (t, None)
}

/// True when a finite `n` has no fractional part. `f64::fract` is std's
/// (the crate builds without std for the wasm modules): every double of
/// 2^52 or more is whole, and below that the cast to i64 is exact.
pub fn is_whole(n: f64) -> bool {
    const ALL_WHOLE: f64 = 4_503_599_627_370_496.0; // 2^52
    n.abs() >= ALL_WHOLE || n == (n as i64) as f64
}

/// `x.round() as i64` for `x >= 0` (halves away from zero), without std's
/// `f64::round`; beyond i64 it saturates, as the cast does.
fn round_non_negative(x: f64) -> i64 {
    let whole = x as i64;
    // Exact: below 2^52 the difference of a double and its integer part is.
    if x - whole as f64 >= 0.5 {
        whole.saturating_add(1)
    } else {
        whole
    }
}

/// A number as text for messages, without float formatting machinery:
/// whole numbers as integers, others with up to six decimals.
pub fn number_text(n: f64) -> String {
    if !n.is_finite() {
        return "NaN".into();
    }
    if is_whole(n) && n.abs() < 1e15 {
        return (n as i64).to_string();
    }
    if n.abs() >= 1e15 {
        return if n > 0.0 { "1e15+".into() } else { "-1e15-".into() };
    }
    let micro = round_non_negative(n.abs() * 1e6);
    // What rounds to nothing (−0.0000001) has no sign.
    let sign = if n < 0.0 && micro > 0 { "-" } else { "" };
    let (whole, frac) = (micro / 1_000_000, micro % 1_000_000);
    // What rounds to a whole number (2.0000004) has no decimals.
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let frac = format!("{frac:06}");
    format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
}

/// A calendar date, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Reads ASCII `YYYY-MM-DD`; the date must exist in the (proleptic
    /// Gregorian) calendar.
    pub fn parse(s: &str) -> Option<Date> {
        let b = trim(s).as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl core::fmt::Display for Date {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The 31 characters of GB 32100-2015, in value order (no I, O, S, V, Z).
const CREDIT_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights of positions 1–17: 3^(i−1) mod 31.
const CREDIT_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// Why a 统一社会信用代码 is not well-formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditCodeError {
    /// Not 18 characters over the GB 32100-2015 alphabet.
    Shape,
    /// The 18th character is not the check character of the first 17.
    CheckCharacter,
}

/// Checks a 统一社会信用代码 (unified social credit code, GB 32100-2015),
/// read case-insensitively; returns it upper-cased.
pub fn credit_code(s: &str) -> Result<String, CreditCodeError> {
    let code = trim(s).to_ascii_uppercase();
    let values: Option<Vec<u32>> =
        code.bytes().map(|b| CREDIT_ALPHABET.iter().position(|&a| a == b).map(|v| v as u32)).collect();
    let values = values.filter(|v| v.len() == 18).ok_or(CreditCodeError::Shape)?;
    let sum: u32 = values[..17].iter().zip(CREDIT_WEIGHTS).map(|(v, w)| v * w).sum();
    let check = (31 - sum % 31) % 31;
    if values[17] == check {
        Ok(code)
    } else {
        Err(CreditCodeError::CheckCharacter)
    }
}

/// Checks a 食品生产许可证编号 (food production licence number): `SC` and 14
/// digits, read case-insensitively. No public check-digit algorithm exists,
/// so only the format is checked.
pub fn sc_license(s: &str) -> Option<String> {
    let code = trim(s).to_ascii_uppercase();
    let digits = code.strip_prefix("SC")?;
    (digits.len() == 14 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// Checks a phone number: after removing spaces and hyphens, a mainland
/// mobile number (`1[3-9]` and 9 digits) or a landline (`0` and 9 to 11
/// digits, area code included).
pub fn phone(s: &str) -> Option<String> {
    // Separators people type: spaces, hyphens, brackets round the area code.
    let separator = |c: char| c.is_whitespace() || matches!(c, '-' | '(' | ')' | '（' | '）');
    let digits: String = if s.is_ascii() {
        // The usual case, without the full-width mapping's second string.
        s.chars().filter(|&c| !separator(c)).collect()
    } else {
        ascii_digits(s).chars().filter(|&c| !separator(c)).collect()
    };
    // China's country code, `+86 139 0578 1234` or `0086 578 2123456`: the
    // national number follows, a landline's leading 0 dropped.
    let national = match digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")) {
        Some(rest) if rest.starts_with('1') => rest.to_owned(),
        Some(rest) if !rest.starts_with('0') => format!("0{rest}"),
        Some(_) => return None,
        None => digits,
    };
    let b = national.as_bytes();
    if !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mobile = b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]);
    let landline = (10..=12).contains(&b.len()) && b[0] == b'0';
    (mobile || landline).then_some(national)
}

/// A count in decimal, without the formatting machinery.
pub(crate) fn push_count(mut n: usize, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| d as char));
}

#[cfg(test)]
mod tests {
    use super::*;

    // std's `fract` and `round`, which the crate cannot call without std,
    // are the reference for the helpers that replace them.
    #[test]
    fn json_numbers_read_as_serde_json_reads_them() {
        // What a filing holds: exactly the correctly rounded value.
        for text in [
            "0",
            "-0",
            "12",
            "12.5",
            "-2.25",
            "0.1",
            "1e3",
            "1E3",
            "1e+3",
            "2.5e-3",
            "0.000001",
            "99.99",
            "1e22",
            "1e-22",
            "123.456e2",
            "123456789012345",
            "0.123456789012345",
            "1e-400",
        ] {
            let ours = json_number(text);
            let theirs: f64 = text.parse().unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
        // Far beyond it: within a few units in the last place.
        for text in ["1.7976931348623157e308", "123456789012345678901234", "4.5e-300", "3.14159265358979323846e100"] {
            let (ours, theirs) = (json_number(text), text.parse::<f64>().unwrap());
            assert!(((ours - theirs) / theirs).abs() < 1e-14, "{text}: {ours} against {theirs}");
        }
        for huge in ["1e309", "-1e400", "2e308", "1e1000000000"] {
            assert!(json_number(huge).is_infinite(), "{huge}");
        }
    }

    #[test]
    fn whole_and_rounded_as_std_has_them() {
        let cases = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.0,
            2.5,
            1e15,
            1e15 + 0.5,
            4503599627370495.5,
            4503599627370496.0,
            9007199254740993.0,
            1e300,
            -1e300,
            0.49999999999999994,
            123456.789,
            9.2e18,
            1e19,
        ];
        for n in cases {
            assert_eq!(is_whole(n), n.fract() == 0.0, "is_whole({n})");
            if n >= 0.0 {
                assert_eq!(round_non_negative(n), n.round() as i64, "round({n})");
            }
        }
        assert_eq!(number_text(0.0000005), "0.000001");
        assert_eq!(number_text(2.0000004), "2");
        assert_eq!(number_text(-0.0000001), "0");
        assert_eq!(number_text(-1.9999999), "-2");
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number(" １２ "), Some(12.0));
        assert_eq!(parse_number("-3.5"), Some(-3.5));
        assert_eq!(parse_number("１２．５"), Some(12.5));
        assert_eq!(parse_number("33350"), Some(33350.0));
        assert_eq!(parse_number("49.9"), Some(49.9));
        assert_eq!(parse_number("0.1"), Some(0.1));
        assert_eq!(parse_number("100.00"), Some(100.0));
        assert_eq!(number_text(12.0), "12");
        assert_eq!(number_text(-2.5), "-2.5");
        assert_eq!(number_text(0.125), "0.125");
        // Thousands separators, as people type them.
        assert_eq!(parse_number("1,200"), Some(1200.0));
        assert_eq!(parse_number("１，２００"), Some(1200.0));
        assert_eq!(parse_number("12,345,678.5"), Some(12345678.5));
        assert_eq!(parse_number("-1,000"), Some(-1000.0));
        assert_eq!(number_digits(" ０１２．５ ").as_deref(), Some("12.5"));
        assert_eq!(number_digits("1,200").as_deref(), Some("1200"));
        assert_eq!(number_digits("-0").as_deref(), Some("-0"));
        assert_eq!(number_digits("000").as_deref(), Some("0"));
        assert_eq!(number_digits("1,00"), None);
        for bad in ["", "+1", "1e3", "1.", ".5", "-", "abc", "1 2", "0x10", "NaN", "inf"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
        // A comma that is not a thousands separator is not guessed at.
        for bad in ["1,00", "1,0000", ",100", "1000,000", "1,,000", "1,000,", "1.000,5", "1,2"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-04-31",
            "2023-4-1",
            "２０２３-01-01",
            "2023/01/01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert!(Date::parse("2000-02-29").is_some());
        let d = Date::parse("2023-06-30").unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(Date::parse("2023-12-31").unwrap().days() - Date::parse("2023-06-30").unwrap().days(), 184);
    }

    #[test]
    fn credit_codes() {
        assert_eq!(credit_code("91330100799655058B").as_deref(), Ok("91330100799655058B"));
        assert_eq!(credit_code("9144030071526726xg").as_deref(), Ok("9144030071526726XG"));
        assert_eq!(credit_code("91330100799655058C"), Err(CreditCodeError::CheckCharacter));
        assert_eq!(credit_code("91330100799655058"), Err(CreditCodeError::Shape));
        assert_eq!(credit_code("9133010079965505IB"), Err(CreditCodeError::Shape));
    }

    #[test]
    fn sc_and_phone() {
        assert_eq!(sc_license("sc11233112500012").as_deref(), Some("SC11233112500012"));
        assert_eq!(sc_license("SC1123311250001"), None);
        assert_eq!(sc_license("SX11233112500012"), None);
        assert_eq!(phone("138 1234-5678").as_deref(), Some("13812345678"));
        assert_eq!(phone("0578-2123456").as_deref(), Some("05782123456"));
        assert_eq!(phone("12812345678"), None);
        assert_eq!(phone("0578-21"), None);
        assert_eq!(phone("1381234567a"), None);
        // The country code, brackets round the area code.
        assert_eq!(phone("+86 139 0578 1234").as_deref(), Some("13905781234"));
        assert_eq!(phone("0086-13905781234").as_deref(), Some("13905781234"));
        assert_eq!(phone("+86 578 2123456").as_deref(), Some("05782123456"));
        assert_eq!(phone("(0578) 2123456").as_deref(), Some("05782123456"));
        assert_eq!(phone("（0578）2123456").as_deref(), Some("05782123456"));
        assert_eq!(phone("+86 0578 2123456"), None, "no trunk 0 after the country code");
        assert_eq!(phone("+1 415 555 0100"), None);
        // Units and thousands separators.
        assert_eq!(strip_unit("3个", COUNT_UNITS), ("3", Some(0)));
        assert_eq!(strip_unit(" 12 人 ", COUNT_UNITS), ("12", Some(1)));
        assert_eq!(strip_unit("12", COUNT_UNITS), ("12", None));
        let area: Vec<&str> = AREA_UNITS.iter().map(|(u, _)| *u).collect();
        assert_eq!(strip_unit("60亩", &area), ("60", Some(0)));
        assert_eq!(strip_unit("3,000 平方米", &area), ("3,000", Some(1)));
    }
}

#[cfg(test)]
mod trim_tests {
    use super::*;

    /// The fast path agrees with trimming every Unicode white space.
    #[test]
    fn trim_matches_unicode_white_space() {
        let spaces: Vec<char> = (0..=0x3000u32).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        assert!(spaces.contains(&'\u{3000}') && spaces.contains(&'\u{85}') && spaces.contains(&'\u{b}'));
        for &w in &spaces {
            for core in ["a", "丽水", "é", "\u{2010}", "\u{3001}", "\u{1681}"] {
                for v in [format!("{w}{core}"), format!("{core}{w}"), format!("{w}{core}{w}"), core.to_owned()] {
                    assert_eq!(trim(&v), v.trim_matches(char::is_whitespace), "{v:?}");
                }
            }
        }
        assert_eq!(trim(""), "");
        assert_eq!(trim("\u{3000}"), "");
    }
}
