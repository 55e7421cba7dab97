//! The DOM binding in headless Chromium: a small portal-like form with its
//! own field names, edited through real DOM events.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlFormElement, HtmlInputElement};

use shanfang_dom::attach;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A portal's own form: its own names, no data- attributes.
fn portal_form(id: &str) -> HtmlFormElement {
    let host = doc().create_element("div").unwrap();
    host.set_inner_html(&format!(
        r#"<form id="{id}">
             <label for="{id}-fire">Extinguishers</label><input id="{id}-fire" name="fireExt">
             <label><input type="checkbox" name="mode" value="processing"> processing</label>
             <label for="{id}-ws">Workstations</label><input id="{id}-ws" name="ws">
             <fieldset><legend>Benefit</legend>
               <label><input type="checkbox" name="benefit" value="labor"> labor</label>
               <label><input type="checkbox" name="benefit" value="equity"> equity</label>
             </fieldset>
             <input name="portal_only" value="kept out of the filing">
             <button type="submit">Send</button>
           </form>"#
    ));
    doc().body().unwrap().append_child(&host).unwrap();
    doc().get_element_by_id(id).unwrap().dyn_into().unwrap()
}

fn options(v: &str) -> JsValue {
    js_sys::JSON::parse(v).unwrap()
}

fn with_fields(opts: &str) -> JsValue {
    let o = options(opts);
    let fields = options(
        r#"{"site.fire_extinguishers":"fireExt","modes":"mode","processing.workstations":"ws","operations.benefit_models":"benefit"}"#,
    );
    js_sys::Reflect::set(&o, &"fields".into(), &fields).unwrap();
    o
}

fn input(form: &HtmlFormElement, name: &str) -> HtmlInputElement {
    form.query_selector(&format!("[name={name}]")).unwrap().unwrap().dyn_into().unwrap()
}

fn fire(el: &HtmlInputElement, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// Types a value, without leaving the field.
fn type_only(form: &HtmlFormElement, name: &str, value: &str) {
    let el = input(form, name);
    el.set_value(value);
    fire(&el, "input");
}

/// Types a value and leaves the field: `input`, then the `change` a
/// browser fires when a field whose value changed is left.
fn type_into(form: &HtmlFormElement, name: &str, value: &str) {
    type_only(form, name, value);
    fire(&input(form, name), "change");
}

fn messages(form: &Element) -> Vec<String> {
    let list = form.query_selector_all(".shanfang-message").unwrap();
    (0..list.length()).map(|i| list.get(i).unwrap().text_content().unwrap()).collect()
}

#[wasm_bindgen_test]
fn messages_follow_edits_under_the_portals_own_names() {
    let form = portal_form("p1");
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    assert!(messages(&form).is_empty(), "nothing is shown before a field is touched");

    type_into(&form, "fireExt", "0");
    let shown = messages(&form);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("第6.5条"), "{shown:?}");
    let fire = input(&form, "fireExt");
    assert_eq!(fire.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = fire.get_attribute("aria-describedby").unwrap();
    assert!(doc().get_element_by_id(&described).is_some());

    type_into(&form, "fireExt", "２");
    assert!(messages(&form).is_empty(), "fixed: the message is gone");
    assert_eq!(fire.get_attribute("aria-invalid"), None);
    assert_eq!(fire.value(), "２", "validation never changes a value");

    let filing: serde_json::Value =
        serde_json::from_str(&String::from(js_sys::JSON::stringify(&binding.filing().unwrap()).unwrap())).unwrap();
    assert_eq!(filing["site"]["fire_extinguishers"], "２");
    assert!(filing.get("portal_only").is_none());
    binding.detach();
}

#[wasm_bindgen_test]
fn a_message_waits_until_the_field_is_left_then_follows_each_keystroke() {
    let form = portal_form("p7");
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    type_only(&form, "fireExt", "0");
    assert!(messages(&form).is_empty(), "still typing: no message yet");
    fire(&input(&form, "fireExt"), "focusout");
    assert_eq!(messages(&form).len(), 1, "left: the message shows");
    type_only(&form, "fireExt", "3");
    assert!(messages(&form).is_empty(), "fixed while typing: gone at once");
    type_only(&form, "fireExt", "0");
    assert_eq!(messages(&form).len(), 1, "once shown, it follows every keystroke");
    binding.detach();
}

#[wasm_bindgen_test]
fn report_events_and_detach() {
    let form = portal_form("p2");
    let seen: Rc<RefCell<Vec<serde_json::Value>>> = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        let text = String::from(js_sys::JSON::stringify(&e.detail()).unwrap());
        sink.borrow_mut().push(serde_json::from_str(&text).unwrap());
    });
    form.add_event_listener_with_callback("shanfang-report", listener.as_ref().unchecked_ref()).unwrap();

    let binding = attach(form.clone().into(), with_fields(r#"{"messages":"none","lang":"en"}"#)).unwrap();
    let first = seen.borrow().len();
    assert!(first >= 1, "a report on attach");
    type_into(&form, "fireExt", "0");
    let last = seen.borrow().last().cloned().unwrap();
    let finding = last["report"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "site.fire_extinguishers")
        .cloned()
        .unwrap();
    assert_eq!(finding["clause"], "6.5");
    assert!(finding["message"].as_str().unwrap().contains("clause 6.5"));
    assert_eq!(last["filing"]["site"]["fire_extinguishers"], "0");
    assert!(messages(&form).is_empty(), "messages: none renders nothing");

    binding.detach();
    let after = seen.borrow().len();
    type_into(&form, "fireExt", "1");
    assert_eq!(seen.borrow().len(), after, "no listener left after detach");
    let fire = input(&form, "fireExt");
    assert_eq!(fire.get_attribute("aria-describedby"), None);
    form.remove_event_listener_with_callback("shanfang-report", listener.as_ref().unchecked_ref()).unwrap();
}

#[wasm_bindgen_test]
fn detach_removes_every_element_it_added() {
    let form = portal_form("p3");
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    type_into(&form, "fireExt", "0");
    type_into(&form, "ws", "3");
    assert!(!messages(&form).is_empty());
    binding.detach();
    assert!(messages(&form).is_empty());
    assert_eq!(form.query_selector_all("[aria-invalid]").unwrap().length(), 0);
    // Values typed stay; the markup is what the portal had.
    assert_eq!(input(&form, "fireExt").value(), "0");
}

#[wasm_bindgen_test]
fn hostile_values_are_shown_as_text() {
    let form = portal_form("p4");
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    type_into(&form, "fireExt", "<img src=x onerror=alert(1)>");
    assert_eq!(form.query_selector_all("img").unwrap().length(), 0, "never parsed as HTML");
    let shown = messages(&form);
    assert_eq!(shown.len(), 1);
    binding.detach();
}

#[wasm_bindgen_test]
fn bad_options_are_clear_errors() {
    let form = portal_form("p5");
    for bad in
        [r#"{"lang":"fr"}"#, r#"{"messages":"popup"}"#, r#"{"fields":{"not.a.path":"x"}}"#, r#"{"promote":["0.0"]}"#]
    {
        let err: JsValue = attach(form.clone().into(), options(bad)).err().expect(bad).into();
        let msg = String::from(err.dyn_into::<js_sys::Error>().unwrap().message());
        assert!(!msg.is_empty(), "{bad}");
    }
    // The module is still alive afterwards.
    attach(form.clone().into(), with_fields("{}")).unwrap().detach();
}

/// A filing split into a form per section: `attach` on the element that
/// holds them reads every form; an element holding no form is refused.
#[wasm_bindgen_test]
fn an_element_holding_several_forms_is_one_filing() {
    let host = doc().create_element("div").unwrap();
    host.set_inner_html(
        r#"<form><label for="s1-fire">Extinguishers</label><input id="s1-fire" name="fireExt"></form>
           <form><label for="s1-ws">Workstations</label><input id="s1-ws" name="ws">
             <label><input type="checkbox" name="mode" value="processing"> processing</label></form>
           <p>no controls here</p>"#,
    );
    doc().body().unwrap().append_child(&host).unwrap();
    let binding = attach(host.clone(), with_fields("{}")).unwrap();
    let fire_input: HtmlInputElement = doc().get_element_by_id("s1-fire").unwrap().dyn_into().unwrap();
    fire_input.set_value("0");
    fire(&fire_input, "input");
    fire(&fire_input, "change");
    fire(&fire_input, "focusout");
    let ws: HtmlInputElement = doc().get_element_by_id("s1-ws").unwrap().dyn_into().unwrap();
    ws.set_value("3");
    fire(&ws, "input");
    let filing = binding.filing().unwrap();
    let text = String::from(js_sys::JSON::stringify(&filing).unwrap());
    assert!(text.contains(r#""fire_extinguishers":"0""#) && text.contains(r#""workstations":"3""#), "{text}");
    // The message of the field left, beside it in its own form.
    let shown = messages(&host);
    assert!(shown.iter().any(|m| m.contains("6.5")), "{shown:?}");
    binding.detach();
    host.remove();

    let empty = doc().create_element("div").unwrap();
    let err: JsValue = attach(empty, with_fields("{}")).err().expect("an element without a form").into();
    let msg = String::from(err.dyn_into::<js_sys::Error>().unwrap().message());
    assert!(msg.contains("<form>"), "{msg}");
}

#[wasm_bindgen_test]
fn a_function_maps_field_names() {
    let form = portal_form("p6");
    let f = js_sys::Function::new_with_args("p", "return ({'site.fire_extinguishers':'fireExt'})[p]");
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"fields".into(), &f).unwrap();
    let binding = attach(form.clone().into(), o.into()).unwrap();
    type_into(&form, "fireExt", "0");
    assert_eq!(messages(&form).len(), 1);
    binding.detach();
}

/// A function given as `fields` names list items too (issue 13): it is asked
/// for `party.stewards[0].phone`, not only for the contract's fixed paths.
#[wasm_bindgen_test]
fn a_function_maps_list_items() {
    let host = doc().create_element("div").unwrap();
    host.set_inner_html(
        r#"<form id="p-items"><div data-field="party.stewards[0].phone">
             <input name="x_party_stewards_0_name"><input name="x_party_stewards_0_phone"></div></form>"#,
    );
    doc().body().unwrap().append_child(&host).unwrap();
    let form: HtmlFormElement = doc().get_element_by_id("p-items").unwrap().dyn_into().unwrap();
    let f = js_sys::Function::new_with_args("p", "return 'x_' + p.replace(/[.\\[\\]]+/g, '_')");
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"fields".into(), &f).unwrap();
    let binding = attach(form.clone().into(), o.into()).unwrap();
    type_into(&form, "x_party_stewards_0_name", "蓝建平");
    type_into(&form, "x_party_stewards_0_phone", "123");
    let filing = js_sys::JSON::stringify(&binding.filing().unwrap()).unwrap();
    assert!(String::from(filing).contains(r#""stewards":[{"name":"蓝建平","phone":"123"}]"#));
    let shown = messages(&form);
    assert_eq!(shown.len(), 1, "the phone's message, under the portal's name: {shown:?}");
    assert!(shown[0].contains("5.2.1"), "{shown:?}");
    binding.detach();
}

/// The summary takes focus on a blocked submit whatever its markup: the
/// binding gives it `tabindex="-1"` when the portal did not.
#[wasm_bindgen_test]
fn the_summary_takes_focus_without_a_tabindex() {
    let form = portal_form("p-sum");
    let summary = doc().create_element("div").unwrap();
    summary.set_id("p-sum-errors");
    form.before_with_node_1(&summary).unwrap();
    let binding = attach(form.clone().into(), with_fields(r#"{"summary":"p-sum-errors"}"#)).unwrap();
    form.request_submit().unwrap();
    assert_eq!(summary.get_attribute("tabindex").as_deref(), Some("-1"));
    let active = doc().active_element().unwrap();
    assert_eq!(active.id(), "p-sum-errors", "focus on the summary, not {:?}", active.outer_html());
    binding.detach();
}

/// Values set by code fire no event: `refresh()` reads them, validates and
/// reports; with nothing changed it does nothing (a framework may call it
/// after every render).
#[wasm_bindgen_test]
fn refresh_sees_values_set_by_code() {
    let form = portal_form("p-refresh");
    let reports = Rc::new(RefCell::new(0));
    let sink = reports.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |_e: web_sys::CustomEvent| *sink.borrow_mut() += 1);
    form.add_event_listener_with_callback("shanfang-report", listener.as_ref().unchecked_ref()).unwrap();
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    type_into(&form, "fireExt", "0");
    assert_eq!(messages(&form).len(), 1);
    input(&form, "fireExt").set_value("2");
    assert_eq!(messages(&form).len(), 1, "set by code: no event, the old message stays");
    let seen = *reports.borrow();
    let report = js_sys::JSON::stringify(&binding.refresh().unwrap()).unwrap();
    assert!(!String::from(report).contains("site.fire_extinguishers"));
    assert!(messages(&form).is_empty(), "refresh() read the new value");
    assert_eq!(*reports.borrow(), seen + 1, "one report for the change");
    binding.refresh().unwrap();
    assert_eq!(*reports.borrow(), seen + 1, "nothing changed: no report");
    binding.detach();
    form.remove_event_listener_with_callback("shanfang-report", listener.as_ref().unchecked_ref()).unwrap();
}

/// A click on a checkbox fires `input`, then `change`, in one task. The
/// binding's report for it comes after both, so a listener that re-renders
/// a framework's state cannot undo the click before the framework's own
/// `change` handler (Vue's v-model) has seen it.
#[wasm_bindgen_test]
async fn the_report_for_a_click_comes_after_the_browsers_change() {
    let form = portal_form("p-order");
    let order: Rc<RefCell<Vec<&'static str>>> = Rc::default();
    let (a, b) = (order.clone(), order.clone());
    let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| a.borrow_mut().push("change"));
    let on_report =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |_e: web_sys::CustomEvent| b.borrow_mut().push("report"));
    let binding = attach(form.clone().into(), with_fields("{}")).unwrap();
    // The framework's own listener sits on the control; the report bubbles to the form.
    let boxed = input(&form, "mode");
    boxed.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref()).unwrap();
    form.add_event_listener_with_callback("shanfang-report", on_report.as_ref().unchecked_ref()).unwrap();
    boxed.click();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    assert_eq!(*order.borrow(), vec!["change", "report"]);
    assert!(boxed.checked());
    // Typing still reports at once (a text field has no `change` until it is left).
    order.borrow_mut().clear();
    type_only(&form, "fireExt", "1");
    assert_eq!(*order.borrow(), vec!["report"]);
    binding.detach();
}
