//! The wasm API and the DOM binding, in headless Chromium
//! (`wasm-bindgen-test-runner`; see scripts/test.sh). The rule vectors run
//! through the exported `validate`, so native and wasm provably agree.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use shanfang::rules::vectors;
use shanfang::wasm;

wasm_bindgen_test_configure!(run_in_browser);

fn js(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

fn rust(v: &JsValue) -> Value {
    serde_json::from_str(&String::from(js_sys::JSON::stringify(v).unwrap())).unwrap()
}

fn validate(filing: &Value) -> Value {
    rust(&wasm::validate(js(filing), JsValue::UNDEFINED).unwrap())
}

fn options(v: Value) -> JsValue {
    js(&v)
}

#[wasm_bindgen_test]
fn every_rule_vector_gives_the_same_verdict_in_wasm() {
    let failures = vectors::check_all(&validate);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn wasm_and_native_reports_are_identical() {
    let today = shanfang::today();
    for rule in shanfang::rules::ALL {
        for v in rule.fires {
            let filing = vectors::patched(v.patch).unwrap();
            let native = shanfang::validate_value(&filing, &Default::default(), today).unwrap();
            assert_eq!(validate(&filing), serde_json::to_value(&native).unwrap(), "{}", v.patch);
        }
    }
}

#[wasm_bindgen_test]
fn the_valid_example_is_submittable() {
    let report = validate(&vectors::patched("{}").unwrap());
    assert_eq!(report["submittable"], true);
    assert_eq!(report["findings"], serde_json::json!([]));
    assert_eq!(report["standard"], "DB3311/T 244—2023");
}

#[wasm_bindgen_test]
fn validate_json_agrees_with_validate() {
    let filing = vectors::patched(r#"{"site":{"fire_extinguishers":0}}"#).unwrap();
    let a = rust(&wasm::validate_json(JsValue::from_str(&filing.to_string()), JsValue::UNDEFINED).unwrap());
    assert_eq!(a, validate(&filing));
    assert_eq!(a["findings"][0]["clause"], "6.5");
    assert_eq!(a["findings"][0]["message"], "应配备灭火器等消防器材（第6.5条）");
}

#[wasm_bindgen_test]
fn options_lang_and_promote() {
    let filing = js(&vectors::patched(r#"{"processing":{"workstations":9}}"#).unwrap());
    let en = rust(&wasm::validate(filing.clone(), options(serde_json::json!({"lang": "en"}))).unwrap());
    assert_eq!(en["findings"][0]["message"], "Ten or more workstations should be set up (clause 7.1.3)");
    assert_eq!(en["submittable"], true);
    let strict = rust(&wasm::validate(filing.clone(), options(serde_json::json!({"promote": ["7.1.3"]}))).unwrap());
    assert_eq!((strict["errors"].as_u64(), strict["submittable"].as_bool()), (Some(1), Some(false)));
    let all = rust(&wasm::validate(filing.clone(), options(serde_json::json!({"promote": true}))).unwrap());
    assert_eq!(all["findings"][0]["level"], "error");
    assert!(wasm::validate(filing.clone(), options(serde_json::json!({"lang": "fr"}))).is_err());
    assert!(wasm::validate(filing, options(serde_json::json!({"promote": ["99.9"]}))).is_err());
}

fn error_message(r: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let e: JsValue = r.expect_err("should be rejected").into();
    String::from(e.dyn_into::<js_sys::Error>().unwrap().message())
}

#[wasm_bindgen_test]
fn rejected_inputs_throw_clear_errors_and_the_module_lives_on() {
    assert!(error_message(wasm::validate_json(JsValue::from_str("{"), JsValue::UNDEFINED)).contains("not valid JSON"));
    assert!(error_message(wasm::validate_json(JsValue::from_str("[1,2]"), JsValue::UNDEFINED)).contains("must be a JSON object"));
    assert!(error_message(wasm::validate(JsValue::from(5), JsValue::UNDEFINED)).contains("must be a JSON object"));
    assert!(error_message(wasm::validate(JsValue::UNDEFINED, JsValue::UNDEFINED)).contains("not undefined"));
    // A cycle outside the contract's keys is never visited: a report.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    assert!(wasm::validate(cyclic.into(), JsValue::UNDEFINED).is_ok());
    assert!(wasm::validate_json(JsValue::from(5), JsValue::UNDEFINED).is_err(), "validateJson takes text");
    // 1,000 levels of nesting: skipped without recursion, a finding on the section.
    let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    let report = rust(&wasm::validate_json(JsValue::from_str(&format!(r#"{{"site":{deep}}}"#)), JsValue::UNDEFINED).unwrap());
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "site.not_an_object"));
    // Still alive.
    assert_eq!(validate(&vectors::patched("{}").unwrap())["submittable"], true);
}

#[wasm_bindgen_test]
fn hostile_values_become_findings() {
    let huge = "字".repeat(10_000_000 / 3);
    let filing = serde_json::json!({"workshop": {"name": huge}, "site": {"fire_extinguishers": {"a": [1, 2]}}});
    let report = validate(&filing);
    let find = |field: &str| report["findings"].as_array().unwrap().iter().find(|f| f["field"] == field).cloned();
    assert_eq!(find("workshop.name").unwrap()["code"], "workshop.name.too_long");
    assert_eq!(find("site.fire_extinguishers").unwrap()["code"], "site.fire_extinguishers.not_a_count");
    let many: Vec<Value> = (0..100_000).map(|_| serde_json::json!({"role": "grid_member"})).collect();
    let report = validate(&serde_json::json!({"party": {"stewards": many}}));
    let f = report["findings"].as_array().unwrap().iter().find(|f| f["field"] == "party.stewards").unwrap().clone();
    assert_eq!(f["code"], "party.stewards.too_many_items");
}

#[wasm_bindgen_test]
fn catalogue_schema_and_fields() {
    let rules = rust(&wasm::rules(None).unwrap());
    let clauses: Vec<&str> = rules.as_array().unwrap().iter().map(|r| r["clause"].as_str().unwrap()).collect();
    for c in ["4.1", "5.2.4", "6.5", "7", "7.1.3", "7.9", "8.3", "9.3"] {
        assert!(clauses.contains(&c), "{c}");
    }
    let en = rust(&wasm::rules(Some("en".into())).unwrap());
    assert_eq!(en[0]["text_zh"], rules[0]["text"]);
    assert!(wasm::rules(Some("fr".into())).is_err());
    let schema = rust(&wasm::schema().unwrap());
    assert!(schema["$defs"]["Site"]["properties"]["fire_extinguishers"].is_object());
    let fields = rust(&wasm::fields());
    assert!(fields.as_array().unwrap().iter().any(|f| f["path"] == "party.stewards[].phone"));
}

#[wasm_bindgen_test]
fn a_getter_that_calls_back_into_the_module_is_read_safely() {
    use wasm_bindgen::closure::Closure;
    // The getter of `site` validates another filing while the first is being
    // read: the module must neither panic nor trap.
    let inner = Closure::<dyn FnMut() -> JsValue>::new(|| {
        let _ = wasm::validate(js(&serde_json::json!({"site": {"fire_extinguishers": 0}})), JsValue::UNDEFINED);
        js(&serde_json::json!({"fire_extinguishers": 0}))
    });
    let filing = js_sys::Object::new();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), inner.as_ref()).unwrap();
    js_sys::Reflect::set(&descriptor, &"enumerable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&filing, &"site".into(), &descriptor);
    let report = rust(&wasm::validate(filing.into(), JsValue::UNDEFINED).unwrap());
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "site.fire_extinguishers.missing"));
    // A getter that throws reads as not given.
    let thrower = js_sys::Function::new_no_args("throw new Error('no')");
    let filing = js_sys::Object::new();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).unwrap();
    js_sys::Object::define_property(&filing, &"site".into(), &descriptor);
    let report = rust(&wasm::validate(filing.into(), JsValue::UNDEFINED).unwrap());
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "site.fire_extinguishers.missing"));
}

/// The walker's entry point (`__validateFlat`, src/flat.rs) reads anything
/// it is given without trapping: random tags, numbers out of range, a text
/// shorter than the lengths say, a "long string" that is not a string.
/// (That the walker and the object reader agree is e2e/readers.test.js.)
#[wasm_bindgen_test]
fn the_flat_entry_point_reads_any_input_without_trapping() {
    let longs = js_sys::Array::new();
    longs.push(&JsValue::from_f64(1.0));
    longs.push(&JsValue::from_str(&" ".repeat(5000)));
    let mut state = 7u32;
    let mut next = move || {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        state >> 8
    };
    let numbers = [f64::NAN, -1.0, 1e308, 3.0, 250.0, 0.5, 5.0, 18.0];
    let mut packed_reports = 0;
    for round in 0..3000 {
        let n = (next() % 400) as usize;
        let tags: Vec<u8> = (0..n).map(|_| (next() % 13) as u8).collect();
        let nums: Vec<f64> = (0..n / 2).map(|_| numbers[next() as usize % numbers.len()]).collect();
        let text = if round % 2 == 0 { "丽水😀 ab\u{3000}１２" } else { "" };
        if let Ok(packed) = wasm::validate_flat(&tags, &nums, text, longs.clone(), JsValue::UNDEFINED) {
            assert!(packed.contains(';'), "{packed}");
            packed_reports += 1;
        }
    }
    assert!(packed_reports > 100, "most random inputs start with a group tag often enough: {packed_reports}");
    // The module lives on.
    let report = validate(&serde_json::json!({ "site": { "fire_extinguishers": 0 } }));
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["clause"] == "6.5"));
}
