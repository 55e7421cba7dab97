//! The wasm API and the DOM binding, in headless Chromium
//! (`wasm-bindgen-test-runner`; see scripts/test.sh). The rule vectors run
//! through the exported `validate`, so native and wasm provably agree.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use shanfang_core::rules::vectors;
use shanfang_wasm as wasm;

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
    let today = shanfang_wasm::today();
    for rule in shanfang_core::rules::ALL {
        for v in rule.fires {
            let filing = vectors::patched(v.patch).unwrap();
            let native = shanfang_core::validate_value(&filing, &Default::default(), today).unwrap();
            assert_eq!(validate(&filing), serde_json::to_value(&native).unwrap(), "{}", v.patch);
        }
    }
}

#[wasm_bindgen_test]
fn canonical_in_wasm_is_the_native_canonical_form_and_keeps_the_report() {
    let mut f: Value = serde_json::from_str(include_str!("../../../examples/valid-filing.json")).unwrap();
    f["site"]["fire_extinguishers"] = "３个".into();
    f["workshop"]["township"] = " 雾溪畲族乡 ".into();
    f["operations"]["employees"] = "many".into();
    let c = rust(&wasm::canonical(js(&f)).unwrap());
    assert_eq!(c["site"]["fire_extinguishers"], 3);
    assert_eq!(c["workshop"]["township"], "雾溪畲族乡");
    assert_eq!(c["operations"]["employees"], "many", "kept as written: its finding stays");
    let native: Value =
        serde_json::from_str(&shanfang_core::canonical::canonical_str(&f.to_string(), shanfang_wasm::today()).unwrap())
            .unwrap();
    assert_eq!(c, native);
    assert_eq!(validate(&c), validate(&f));
    assert!(wasm::canonical(JsValue::from_f64(3.0)).is_err(), "not a filing: an error, not a trap");
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
    assert!(error_message(wasm::validate_json(JsValue::from_str("[1,2]"), JsValue::UNDEFINED))
        .contains("must be a JSON object"));
    assert!(error_message(wasm::validate(JsValue::from(5), JsValue::UNDEFINED)).contains("must be a JSON object"));
    assert!(error_message(wasm::validate(JsValue::UNDEFINED, JsValue::UNDEFINED)).contains("not undefined"));
    // A cycle cannot be written as JSON: one clear error, as JSON.stringify says.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    assert!(error_message(wasm::validate(cyclic.into(), JsValue::UNDEFINED)).contains("cannot be written as JSON"));
    let big = js_sys::Object::new();
    js_sys::Reflect::set(&big, &"version".into(), &js_sys::BigInt::from(1u32).into()).unwrap();
    assert!(error_message(wasm::validate(big.into(), JsValue::UNDEFINED)).contains("cannot be written as JSON"));
    assert!(wasm::validate_json(JsValue::from(5), JsValue::UNDEFINED).is_err(), "validateJson takes text");
    // 100 levels of nesting: a finding on the section; 1,000: past the
    // parser's depth limit, one clear error (as shanfang-check gives).
    let nested = |depth: usize| format!(r#"{{"site":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
    let report = rust(&wasm::validate_json(JsValue::from_str(&nested(100)), JsValue::UNDEFINED).unwrap());
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "site.not_an_object"));
    let deep = error_message(wasm::validate_json(JsValue::from_str(&nested(1000)), JsValue::UNDEFINED));
    assert!(deep.contains("recursion limit exceeded"), "{deep}");
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
fn a_getter_that_calls_back_into_the_module_gets_its_own_report() {
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
    let with_getter = JsValue::from(filing);
    let report = rust(&wasm::validate(with_getter.clone(), JsValue::UNDEFINED).unwrap());
    // The outer report is exactly that of the filing the getter gave.
    let plain = validate(&serde_json::json!({"site": {"fire_extinguishers": 0}}));
    assert_eq!(report, plain);
    // A getter that throws: one clear error naming what the getter threw,
    // never the caller's exception passed on as the module's.
    let thrower = js_sys::Function::new_no_args("throw new Error('len')");
    let filing = js_sys::Object::new();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&descriptor, &"enumerable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&filing, &"site".into(), &descriptor);
    let message = error_message(wasm::validate(filing.into(), JsValue::UNDEFINED));
    assert_eq!(message, "the filing cannot be written as JSON: len");
}

fn validate_text(text: &str) -> Result<Value, String> {
    wasm::validate_json(JsValue::from_str(text), JsValue::UNDEFINED).map(|r| rust(&r)).map_err(|e| {
        let e: JsValue = e.into();
        String::from(e.dyn_into::<js_sys::Error>().unwrap().message())
    })
}

#[wasm_bindgen_test]
fn every_reading_holds_through_validate_json_and_validate() {
    let failures = vectors::check_readings(&validate_text);
    assert!(failures.is_empty(), "validateJson: {}", failures.join("\n"));
    // validate(JSON.parse(text)): the browser's parse, then JSON.stringify
    // (JSON.parse refuses a byte-order mark, as it should).
    let through_object = |text: &str| {
        let obj = js_sys::JSON::parse(text).map_err(|e| format!("{e:?}"))?;
        wasm::validate(obj, JsValue::UNDEFINED).map(|r| rust(&r)).map_err(|_| "rejected".to_owned())
    };
    let failures: Vec<String> = vectors::check_readings(&|t: &str| through_object(t.trim_start_matches('\u{FEFF}')));
    assert!(failures.is_empty(), "validate: {}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn the_same_text_gives_the_same_report_as_natively() {
    let today = shanfang_wasm::today();
    for r in vectors::READINGS {
        let text = vectors::reading_text(r).unwrap();
        let native =
            serde_json::to_value(shanfang_core::validate_str(&text, &Default::default(), today).unwrap()).unwrap();
        assert_eq!(validate_text(&text).unwrap(), native, "{}", r.reading);
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_and_infinity_held_by_js_values_are_findings() {
    // Raw in the JSON text (a JS string can hold one), and in an object.
    let text = JsValue::from(js_sys::JsString::from_char_code(&[
        b'{' as u16,
        b'"' as u16,
        b'v' as u16,
        b'e' as u16,
        b'r' as u16,
        b's' as u16,
        b'i' as u16,
        b'o' as u16,
        b'n' as u16,
        b'"' as u16,
        b':' as u16,
        b'"' as u16,
        0xD83D,
        b'"' as u16,
        b'}' as u16,
    ]));
    let report = rust(&wasm::validate_json(text.clone(), JsValue::UNDEFINED).unwrap());
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "version.broken_character"), "{report}");
    let obj = JsValue::from(js_sys::Object::new());
    let site = js_sys::Object::new();
    js_sys::Reflect::set(&site, &"fire_extinguishers".into(), &JsValue::from_f64(f64::INFINITY)).unwrap();
    js_sys::Reflect::set(&obj, &"site".into(), &site).unwrap();
    let report = rust(&wasm::validate(obj, JsValue::UNDEFINED).unwrap());
    assert!(
        report["findings"].as_array().unwrap().iter().any(|f| f["code"] == "site.fire_extinguishers.out_of_range"),
        "{report}"
    );
    // A real U+FFFD is kept as typed: no finding.
    let report = validate_text(r#"{"workshop":{"name":"�工坊"}}"#).unwrap();
    assert!(!report["findings"].as_array().unwrap().iter().any(|f| f["field"] == "workshop.name"), "{report}");
}

/// Sets `Object.prototype[key]` for the duration of `f` (not enumerable,
/// as a careless library would not be; and enumerable, as an attacker's).
fn with_polluted_prototype<R>(keys: &Value, enumerable: bool, f: impl FnOnce() -> R) -> R {
    let proto: js_sys::Object = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    let keys = keys.as_object().unwrap();
    for (k, v) in keys {
        let d = js_sys::Object::new();
        js_sys::Reflect::set(&d, &"value".into(), &js(v)).unwrap();
        js_sys::Reflect::set(&d, &"enumerable".into(), &JsValue::from_bool(enumerable)).unwrap();
        js_sys::Reflect::set(&d, &"configurable".into(), &JsValue::TRUE).unwrap();
        js_sys::Reflect::set(&d, &"writable".into(), &JsValue::TRUE).unwrap();
        js_sys::Object::define_property(&proto, &k.as_str().into(), &d);
    }
    let r = f();
    for k in keys.keys() {
        js_sys::Reflect::delete_property(&proto, &k.as_str().into()).unwrap();
    }
    r
}

#[wasm_bindgen_test]
fn a_polluted_prototype_changes_no_verdict() {
    let empty = validate(&serde_json::json!({}));
    assert_eq!(empty["submittable"], false);
    let valid = vectors::patched("{}").unwrap();
    for enumerable in [false, true] {
        with_polluted_prototype(&valid, enumerable, || {
            assert_eq!(validate(&serde_json::json!({})), empty, "validate({{}}), enumerable {enumerable}");
            assert_eq!(validate_text("{}").unwrap(), empty, "validateJson('{{}}'), enumerable {enumerable}");
        });
    }
    // A getter for `submittable` on Object.prototype does not reach the report.
    let proto: js_sys::Object = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    let d = js_sys::Object::new();
    js_sys::Reflect::set(&d, &"get".into(), &js_sys::Function::new_no_args("return true")).unwrap();
    js_sys::Reflect::set(&d, &"set".into(), &js_sys::Function::new_with_args("v", "")).unwrap();
    js_sys::Reflect::set(&d, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&proto, &"submittable".into(), &d);
    let report = wasm::validate(js(&serde_json::json!({})), JsValue::UNDEFINED).unwrap();
    let submittable = js_sys::Reflect::get(&report, &"submittable".into()).unwrap();
    js_sys::Reflect::delete_property(&proto, &"submittable".into()).unwrap();
    assert_eq!(submittable, JsValue::FALSE);
}

/// `__reading`, what the form binding (js/dom.js) shows under a number,
/// count or phone field: the model's own reading of what was typed, and
/// nothing for what reads as typed, does not read, or is no such field.
#[wasm_bindgen_test]
fn readings_for_the_form_binding_are_the_models() {
    let read = |path, kind, text, lang| wasm::reading(path, kind, text, lang);
    assert_eq!(read("operations.employees", "count", "1,200", "zh").as_deref(), Some("按 1200 计"));
    assert_eq!(read("operations.employees", "count", "１２", "en").as_deref(), Some("Read as 12"));
    assert_eq!(
        read("party.stewards[3].phone", "text", "+86 139 0578 1234", "zh").as_deref(),
        Some("按 13905781234 计")
    );
    assert_eq!(read("operations.employees", "count", "1200", "zh"), None, "read as typed");
    assert_eq!(read("operations.employees", "count", "many", "zh"), None, "its format finding says so");
    assert_eq!(read("workshop.name", "text", "1,200", "zh"), None, "not a number field");
    // A filing's number put back into a text box, as the validator writes it.
    for (n, text) in
        [(1200.0, "1200"), (2.5, "2.5"), (-0.0, "0"), (0.1 + 0.2, "0.3"), (1e15, "1e15+"), (f64::NAN, "NaN")]
    {
        assert_eq!(wasm::number_text(n), text, "{n}");
    }
    for (path, kind, _) in shanfang_core::model::all_fields() {
        let text = "  ";
        assert_eq!(read(path, kind.name(), text, "zh"), None, "{path}: blank");
    }
}
