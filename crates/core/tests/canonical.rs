//! The canonical filing (issue 12, point 2), property-tested over filings
//! generated from the valid example by random edits of what people and
//! portals send: for every readable filing, its canonical form gets the
//! same report, and canonicalising it again changes nothing.

use serde_json::{json, Value};
use shanfang_core::canonical::canonical_str;
use shanfang_core::formats::Date;
use shanfang_core::model::{all_fields, FieldKind};
use shanfang_core::report::Options;

const VALID: &str = include_str!("../../../examples/valid-filing.json");
const TODAY: Date = Date { year: 2026, month: 12, day: 3 };

/// A small deterministic generator (xorshift64*), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values as people type them and portals send them, well-formed or not.
fn values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(""),
        json!("　"),
        json!(" 12 "),
        json!("１２"),
        json!("1,200"),
        json!("1,00"),
        json!("3个"),
        json!("12 人"),
        json!("12.0"),
        json!(12),
        json!(12.5),
        json!(-3),
        json!(0),
        json!(1e300),
        json!("abc"),
        json!(true),
        json!("true"),
        json!("no"),
        json!("2024-03-15"),
        json!(" 2026-11-30 "),
        json!("2024-02-30"),
        json!("2027-01-01"),
        json!("sc12345678901234"),
        json!("SC1"),
        json!("91330100799655058b"),
        json!("91330100799655058A"),
        json!("+86 139 0578 1234"),
        json!("(0578) 2123456"),
        json!("139"),
        json!("60亩"),
        json!("3000平方米"),
        json!("10亩"),
        json!("mu"),
        json!("m2"),
        json!("acre"),
        json!("processing"),
        json!("other"),
        json!(["processing", "bogus"]),
        json!(["labor", "other"]),
        json!(["labor", "labor"]),
        json!([]),
        json!({}),
        json!({ "unknown": 1 }),
        json!([null, { "role": "township_leader", "name": " 蓝建平 ", "phone": "13905781234" }]),
        json!("  雾溪畲族乡 坪垟岗村  "),
    ]
}

/// Sets `path` (contract path, `[]` taken as item 0) in `v`, creating objects.
fn set(v: &mut Value, path: &str, value: Value) {
    let mut cur = v;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i == parts.len() - 1;
        let (key, index) = match part.strip_suffix("[]") {
            Some(k) => (k, Some(0)),
            None => (*part, None),
        };
        if !cur.is_object() {
            *cur = json!({});
        }
        let obj = cur.as_object_mut().unwrap();
        if let Some(index) = index {
            let list = obj.entry(key).or_insert_with(|| json!([]));
            if !list.is_array() {
                *list = json!([]);
            }
            let arr = list.as_array_mut().unwrap();
            while arr.len() <= index {
                arr.push(json!({}));
            }
            cur = &mut arr[index];
            if last {
                *cur = value;
                return;
            }
        } else if last {
            obj.insert(key.to_owned(), value);
            return;
        } else {
            cur = obj.entry(key).or_insert_with(|| json!({}));
        }
    }
}

fn report(text: &str) -> Value {
    let r = shanfang_core::validate_str(text, &Options::default(), TODAY).expect("readable");
    serde_json::to_value(r).unwrap()
}

fn filings(count: usize) -> Vec<String> {
    let paths: Vec<&str> = all_fields()
        .into_iter()
        .filter(|(_, kind, _)| !matches!(kind, FieldKind::Section | FieldKind::Items))
        .map(|(p, ..)| p)
        .collect();
    let pool = values();
    let mut rng = Rng(244);
    let base: Value = serde_json::from_str(VALID).unwrap();
    let mut out = vec![VALID.to_owned(), "{}".to_owned()];
    while out.len() < count {
        let mut f = base.clone();
        // Some modes chosen, so their blocks are read (or dropped).
        let modes = ["processing", "recruitment", "livestream", "brand_led", "overseas", "mobile_supply"];
        let chosen: Vec<&str> = modes.iter().copied().filter(|_| rng.below(3) == 0).collect();
        set(&mut f, "modes", json!(chosen));
        for _ in 0..1 + rng.below(8) {
            let path = *rng.pick(&paths);
            set(&mut f, path, rng.pick(&pool).clone());
        }
        if rng.below(4) == 0 {
            set(&mut f, "portal_only", json!("kept by no one"));
        }
        if rng.below(5) == 0 {
            set(&mut f, "filing_date", Value::Null);
        }
        out.push(f.to_string());
    }
    out
}

#[test]
fn the_canonical_form_gets_the_same_report_and_is_a_fixed_point() {
    let mut failures = Vec::new();
    for text in filings(3000) {
        let once = canonical_str(&text, TODAY).expect("a readable filing has a canonical form");
        let twice = canonical_str(&once, TODAY).unwrap();
        if report(&once) != report(&text) {
            failures.push(format!("report differs:\n  {text}\n  {once}"));
        } else if twice != once {
            failures.push(format!("not a fixed point:\n  {once}\n  {twice}"));
        }
        if failures.len() >= 5 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_valid_example_in_canonical_form() {
    let mut f: Value = serde_json::from_str(VALID).unwrap();
    set(&mut f, "site.fire_extinguishers", json!(" ４ "));
    set(&mut f, "processing.workstations", json!("1,200"));
    set(&mut f, "operator.credit_code", json!("91330100799655058b"));
    set(&mut f, "workshop.name", json!("  雾溪共富工坊 "));
    set(&mut f, "brand_led.base_area", json!("60亩"));
    set(&mut f, "filing_date", Value::Null);
    set(&mut f, "portal_only", json!(1));
    let c: Value = serde_json::from_str(&canonical_str(&f.to_string(), TODAY).unwrap()).unwrap();
    assert_eq!(c["site"]["fire_extinguishers"], json!(4), "counts as numbers, full-width digits mapped");
    assert_eq!(c["processing"]["workstations"], json!(1200));
    assert_eq!(c["operator"]["credit_code"], json!("91330100799655058B"), "upper-cased");
    assert_eq!(c["workshop"]["name"], json!("雾溪共富工坊"), "trimmed");
    assert_eq!(c["filing_date"], json!("2026-12-03"), "filled in");
    assert_eq!(c["version"], json!(1));
    assert!(c.get("portal_only").is_none(), "nothing unknown");
    assert!(c.get("brand_led").is_none(), "only the chosen modes' blocks (the example chooses processing)");
    assert_eq!(report(&c.to_string())["submittable"], json!(true));

    // A written area unit becomes the chosen one.
    set(&mut f, "modes", json!(["processing", "brand_led"]));
    set(&mut f, "brand_led.base_area_unit", Value::Null);
    let c: Value = serde_json::from_str(&canonical_str(&f.to_string(), TODAY).unwrap()).unwrap();
    assert_eq!(c["brand_led"]["base_area"], json!(60));
    assert_eq!(c["brand_led"]["base_area_unit"], json!("mu"));
}

#[test]
fn what_is_not_a_filing_is_rejected_as_the_reader_rejects_it() {
    for text in ["", "[]", "12", "{", "\"x\""] {
        assert!(canonical_str(text, TODAY).is_err(), "{text:?}");
    }
}
