//! The field table is the one place a field's words are written: a label
//! changed there is what the page, the lenient schema and both canonical
//! schemas say.

use shanfang_core::fields::{self, FieldText, Section};
use shanfang_core::report::Lang;

/// The form with one label changed.
fn with_label(path: &str, zh: &'static str, en: &'static str) -> &'static [Section] {
    let sections: Vec<Section> = fields::FORM
        .iter()
        .map(|s| {
            let fields: Vec<FieldText> = s
                .fields
                .iter()
                .map(|f| if f.path == path { FieldText { label: fields::words(zh, en), ..*f } } else { *f })
                .collect();
            Section { fields: Box::leak(fields.into_boxed_slice()), ..*s }
        })
        .collect();
    Box::leak(sections.into_boxed_slice())
}

#[test]
fn a_label_changed_in_the_table_is_what_the_page_and_both_schemas_say() {
    let (zh, en) = ("灭火器（具）", "Fire extinguishers on site");
    let form = with_label("site.fire_extinguishers", zh, en);
    let titles = |p: &str| fields::title_in(form, p);
    let template = std::fs::read_to_string(xtask::root().join("www/index.template.html")).unwrap();

    let page = xtask::form::page_from(&template, form);
    let label = format!("<label for=\"site.fire_extinguishers\" data-en=\"{en}\">{zh}</label>");
    assert!(page.contains(&label), "the page labels the field with the table's words");
    assert!(!page.contains(">灭火器数量</label>"), "and no longer with the old ones");

    let lenient: serde_json::Value = serde_json::from_str(&xtask::schema::filing_schema_with(&titles)).unwrap();
    let property = &lenient["$defs"]["Site"]["properties"]["fire_extinguishers"];
    assert_eq!((property["title"].as_str(), property["description"].as_str()), (Some(zh), Some(en)));

    for (lang, title, description) in [(Lang::Zh, zh, en), (Lang::En, en, zh)] {
        let canonical: serde_json::Value =
            serde_json::from_str(&xtask::schema::canonical_schema_with(lang, &titles)).unwrap();
        let property = &canonical["properties"]["site"]["properties"]["fire_extinguishers"];
        assert_eq!((property["title"].as_str(), property["description"].as_str()), (Some(title), Some(description)));
    }

    // The unchanged table gives the committed page.
    assert_eq!(xtask::form::page_from(&template, fields::FORM), xtask::form::page());
}

/// A hint that would only repeat a rule's message is that message, after
/// its clause, in both languages.
#[test]
fn a_hint_from_a_rule_is_its_message() {
    let f = fields::get("site.fire_extinguishers").unwrap();
    let (zh, en) = xtask::form::hint_words(f).unwrap();
    assert_eq!(zh, "第6.5条：应配备灭火器等消防器材");
    assert_eq!(en, "Clause 6.5: fire extinguishers and other fire-fighting equipment must be provided");
}

/// The steward rows the page starts with are one per contact role, each
/// with its role chosen, and the template's row chooses none.
#[test]
fn the_steward_rows_are_one_per_role() {
    let page = xtask::form::page();
    let roles = shanfang_core::model::code_names("party.stewards[].role");
    assert_eq!(roles.len(), 5);
    for (n, (code, ..)) in roles.iter().enumerate() {
        let select = format!("<select class=\"select\" name=\"party.stewards[{n}].role\"");
        let at = page.find(&select).unwrap_or_else(|| panic!("row {n}"));
        let end = at + page[at..].find("</select>").unwrap();
        assert!(page[at..end].contains(&format!("<option value=\"{code}\" selected")), "row {n} chooses {code}");
        assert_eq!(page[at..end].matches(" selected").count(), 1);
    }
    let template = &page[page.find("<template data-item-template=\"party.stewards\">").unwrap()..];
    let template = &template[..template.find("</template>").unwrap()];
    assert!(!template.contains(" selected") && template.contains("party.stewards[__i__].phone"));
}
