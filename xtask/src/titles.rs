//! The titles of the contract's fields in Chinese and English, as the
//! filing form (`www/index.html`) labels them, and of its codes (their names
//! in the model): the JSON Schemas' `title`s come from here (native only;
//! the module does not carry them). A test holds every field and every code
//! of `model::all_fields()` to a title, and `form_tests` below hold the
//! titles and the codes' names to the form's labels and choices.

/// `(path, Chinese, English)`; an item's field is written with `[]`.
pub const FIELDS: &[(&str, &str, &str)] = &[
    ("filing_date", "申报日期", "Filing date"),
    ("workshop.name", "工坊名称", "Workshop name"),
    ("workshop.county", "所在县（市、区）", "County, city or district"),
    ("workshop.township", "乡镇（街道）", "Township or subdistrict"),
    ("workshop.village", "村（社区）", "Village or community"),
    ("workshop.address", "详细地址", "Full address"),
    ("workshop.established", "建成日期", "Date established"),
    ("workshop.on_platform", "已在数字化平台上线", "Listed on the digital platform"),
    ("workshop.food_processing", "从事食品加工", "Does food processing"),
    ("workshop.sc_license", "食品生产许可证编号", "Food production licence number"),
    ("operator.name", "运营主体名称", "Name of the operating entity"),
    ("operator.kind", "运营主体类型", "Kind of operating entity"),
    ("operator.credit_code", "统一社会信用代码", "Unified social credit code"),
    ("operator.licenses_complete", "证照齐全、手续完备", "Licences and formalities complete"),
    ("modes", "工坊采用的模式（可多选）", "Modes the workshop uses (tick all that apply)"),
    ("processing.scope", "运营范围", "Scope of work"),
    ("processing.workstations", "工位数", "Number of workstations"),
    ("processing.equipment", "已配备与加工相适应的设备和器具", "Has equipment and tools suited to the work"),
    ("recruitment.jobs", "提供的工作岗位", "Jobs offered"),
    (
        "recruitment.in_factory",
        "设置在企业厂房里的车间、生产线",
        "Set in a workshop or production line in the company’s factory",
    ),
    ("recruitment.workstations", "工位数", "Number of workstations"),
    ("livestream.products", "运营范围", "Products sold"),
    ("livestream.venue", "直播场所", "Livestream venue"),
    ("livestream.stations", "直播工位数", "Number of livestream stations"),
    ("livestream.equipment", "已配备直播设备", "Has livestreaming equipment"),
    ("agritourism.activities", "农旅融合业态", "Agritourism activities"),
    ("agritourism.in_village", "设置在乡村，结合当地特色资源打造", "Set in the countryside, built on local resources"),
    ("agritourism.facilities", "已配备相应的农旅设施", "Has suitable agritourism facilities"),
    ("brand_led.activities", "运营范围", "Scope of work"),
    ("brand_led.base_area", "种、养殖基地面积", "Area of the growing or breeding base"),
    ("brand_led.base_area_unit", "面积单位", "Unit of area"),
    ("brand_led.fixed_base", "设置在相对固定的种、养殖基地", "Set on a fixed growing or breeding base"),
    ("brand_led.modern_facilities", "已配备齐全的农业现代化设施", "Has complete modern farming facilities"),
    ("enablement.services", "运营范围", "Services offered"),
    ("enablement.fixed_center", "设置在固定的技术研发中心或生产研究基地", "Set in a fixed R&D centre or research base"),
    ("mobile_supply.services", "为山区群众提供的服务", "Services for mountain villagers"),
    ("mobile_supply.vehicles", "流动供销车辆数", "Number of mobile supply vehicles"),
    ("overseas.partner", "合作方名称", "Partner’s name"),
    ("overseas.partner_kind", "合作方类型", "Kind of partner"),
    ("overseas.cooperation", "合作方式", "Form of cooperation"),
    ("overseas.order_share_percent", "订单金额比例（%）", "Share of orders (%)"),
    ("mountain_sea.partner", "合作龙头企业", "Partner leading enterprise"),
    ("mountain_sea.partner_region", "合作方所在地区", "Partner’s region"),
    ("mountain_sea.project", "合作项目", "Cooperation project"),
    ("party.organization", "已设立共富工坊党组织", "Has a workshop party organisation"),
    ("party.maps.alliance", "已构建“党建联建图”", "Has a party-building alliance map"),
    ("party.maps.operation", "已构建“工坊运行图”", "Has a workshop operation map"),
    ("party.maps.stewards", "已构建“红色管家图”", "Has a red steward map"),
    ("party.stewards", "红色管家名册", "Red stewards"),
    ("party.stewards[].role", "联系角色", "Role"),
    ("party.stewards[].name", "姓名", "Name"),
    ("party.stewards[].unit", "工作单位", "Employer"),
    ("party.stewards[].title", "职务", "Position"),
    ("party.stewards[].phone", "联系电话", "Phone"),
    (
        "party.stewards_public",
        "红色管家的姓名、工作单位、联系电话已在工坊公开",
        "Stewards’ names, employers and phone numbers are displayed at the workshop",
    ),
    ("party.service_list", "已建立服务清单", "Has a service list"),
    ("party.visits_per_month", "红色管家每月走访次数", "Steward visits per month"),
    ("party.quarterly_meeting", "每季度召开小组会议交流工作情况", "Holds a group meeting every quarter"),
    ("site.kind", "场地类型", "Kind of site"),
    ("site.logistics", "“丽水山递”已覆盖", "Covered by the “Lishui Shandi” rural delivery network"),
    ("site.tidy", "布局合理、环境干净整洁", "Well laid out, clean and tidy"),
    ("site.academy", "已在工坊内建立共富学堂", "Has a common prosperity academy on site"),
    ("site.signage", "有共富工坊标识", "Displays the workshop sign"),
    (
        "site.safety_signs",
        "有醒目的安全警示标志、标牌，符合 GB/T 10001.1",
        "Has clear safety signs meeting GB/T 10001.1",
    ),
    ("site.fire_extinguishers", "灭火器数量", "Number of fire extinguishers"),
    ("operations.finance_partner", "合作金融机构", "Partner financial institution"),
    ("operations.benefit_models", "利益联结模式（可多选）", "Benefit-linkage models (tick all that apply)"),
    ("operations.benefit_models_other", "其他模式说明", "Describe the other model"),
    (
        "operations.skills_training",
        "已利用共富学堂等培训基地开展技能培训",
        "Runs skills training, for example in the common prosperity academy",
    ),
    ("operations.certificates", "为参训人员发放培训证明", "Gives training certificates"),
    ("operations.trainings_per_year", "每年组织从业人员参加培训次数", "Staff trainings per year"),
    ("operations.employees", "从业人员数", "Number of workers"),
    ("operations.low_income_employees", "其中：有劳动能力的低收入农户人数", "Of whom: from low-income households"),
    (
        "operations.trainee_employees",
        "其中：有培训证明的共富学堂学员人数",
        "Of whom: certified common prosperity academy trainees",
    ),
    ("operations.systems.production", "已建立生产管理制度", "Has production rules"),
    ("operations.systems.personnel", "已建立人员管理制度", "Has personnel rules"),
    ("operations.systems.safety", "已建立安全管理制度", "Has safety rules"),
    ("operations.group_insurance", "已对从业人员开展集中保险", "Workers are covered by group insurance"),
    (
        "operations.declaration",
        "本人声明所填信息属实，同意接受准入审核",
        "I declare this filing is true and accept the admission review",
    ),
    ("brand.sub_brand", "子品牌", "Sub-brand"),
    ("brand.promotion", "品牌推广方式", "How the brand is promoted"),
    ("brand.last_star_rating", "最近一次星级评定日期", "Date of the last star rating"),
    ("version", "合同版本", "Contract version"),
    ("workshop", "工坊基本信息", "The workshop"),
    ("operator", "运营主体", "Operating entity"),
    ("processing", "来料加工式", "Outsourced processing"),
    ("recruitment", "定向招工式", "Targeted recruitment"),
    ("livestream", "电商直播式", "E-commerce livestreaming"),
    ("agritourism", "农旅融合式", "Agriculture and tourism"),
    ("brand_led", "品牌带动式", "Brand-led"),
    ("enablement", "产业赋能式", "Industry enablement"),
    ("mobile_supply", "流动供销式", "Mobile supply and marketing"),
    ("overseas", "侨助共富式", "Overseas-Chinese aid"),
    ("mountain_sea", "山海协作式", "Mountain–sea cooperation"),
    ("party", "党建引领", "Party leadership"),
    ("party.maps", "一坊三图", "One workshop, three maps"),
    ("site", "场地", "The site"),
    ("operations", "运营管理", "Operations"),
    ("operations.systems", "管理制度", "Management systems"),
    ("brand", "品牌建设", "The brand"),
];

/// A field's title in Chinese and English.
pub fn field(path: &str) -> Option<(&'static str, &'static str)> {
    FIELDS.iter().find(|(p, _, _)| *p == path).map(|(_, zh, en)| (*zh, *en))
}

/// A code's title in Chinese and English: its names in the model (`codes!`).
pub fn code(path: &str, code: &str) -> Option<(&'static str, &'static str)> {
    shanfang_core::model::code_names(path).iter().find(|(c, _, _)| *c == code).map(|(_, zh, en)| (*zh, *en))
}

/// The form's words and these titles are one set: a label renamed in
/// `www/index.html` and not here (or the other way) gives the JSON Schemas,
/// and so a portal's generated form, a title the applicant never saw.
#[cfg(test)]
mod form_tests {
    const FORM: &str = include_str!("../../www/index.html");

    /// The text of a tag's attribute `name`, if the tag has one.
    fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    }

    fn unescape(s: &str) -> String {
        s.trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
    }

    /// Every `<name …>text</name>` of the form, as (its opening tag, its text).
    /// Whether the form's words for a code are the model's name of it. The
    /// model's English names are written for running text ("one of:
    /// village company, …"); the form starts a name with a capital, except
    /// a unit (亩 "mu").
    fn same_name(model: Option<(&str, &str)>, zh: &str, en: &str) -> bool {
        model.is_some_and(|(model_zh, model_en)| {
            let mut chars = model_en.chars();
            let capitalised: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            model_zh == zh && (model_en == en || capitalised == en)
        })
    }

    fn elements(name: &str) -> Vec<(&'static str, String)> {
        let (open, close) = (format!("<{name} "), format!("</{name}>"));
        FORM.match_indices(&open)
            .filter_map(|(at, _)| {
                let rest = &FORM[at..];
                let tag = &rest[..rest.find('>')? + 1];
                let text = &rest[tag.len()..tag.len() + rest[tag.len()..].find(&close)?];
                Some((tag, unescape(text)))
            })
            .collect()
    }

    /// A steward row's path (`party.stewards[2].name`, or the template's
    /// `party.stewards[__i__].name`) as the titles write it.
    fn contract_path(id: &str) -> String {
        match (id.find('['), id.find(']')) {
            (Some(open), Some(close)) if open < close => format!("{}[]{}", &id[..open], &id[close + 1..]),
            _ => id.to_owned(),
        }
    }

    /// (path, Chinese, English) of every field the form labels: a
    /// `<label for>` of a control, or the first `<legend>` of a group.
    fn form_labels() -> Vec<(String, String, String)> {
        let mut labels = Vec::new();
        for (tag, zh) in elements("label") {
            if let (Some(id), Some(en)) = (attribute(tag, "for"), attribute(tag, "data-en")) {
                labels.push((contract_path(id), zh, unescape(en)));
            }
        }
        for (at, _) in FORM.match_indices("<fieldset ") {
            let tag = &FORM[at..at + FORM[at..].find('>').unwrap()];
            let Some(path) = attribute(tag, "data-field") else { continue };
            let legend = &FORM[at + FORM[at..].find("<legend").unwrap()..];
            let open = &legend[..legend.find('>').unwrap() + 1];
            let zh = unescape(&legend[open.len()..legend.find("</legend>").unwrap()]);
            let en = attribute(open, "data-en").unwrap_or_else(|| panic!("{path}'s legend has no data-en"));
            labels.push((contract_path(path), zh, unescape(en)));
        }
        labels
    }

    #[test]
    fn every_label_of_the_form_is_its_fields_title() {
        let labels = form_labels();
        assert!(labels.len() > 90, "the form's labels were not found: {}", labels.len());
        for (path, zh, en) in &labels {
            let title = super::field(path)
                .unwrap_or_else(|| panic!("the form labels {path}, which has no title in src/titles.rs"));
            assert_eq!(
                title,
                (zh.as_str(), en.as_str()),
                "{path}: the form says ({zh}, {en}), src/titles.rs says {title:?}"
            );
        }
    }

    #[test]
    fn every_field_the_form_holds_is_labelled_there() {
        let labelled: Vec<String> = form_labels().into_iter().map(|(p, _, _)| p).collect();
        for (at, _) in FORM.match_indices(" data-field=\"") {
            let path = contract_path(attribute(&FORM[at..], "data-field").unwrap());
            assert!(labelled.contains(&path), "{path} is in the form without a label or legend");
        }
        // A title for a field the form has no control for is kept only for
        // what a person does not type: the contract's version and the sections.
        for (path, _, _) in super::FIELDS {
            let section = super::FIELDS
                .iter()
                .any(|(p, _, _)| p.len() > path.len() && p.starts_with(path) && p[path.len()..].starts_with('.'));
            assert!(
                labelled.iter().any(|l| l == path) || section || *path == "version",
                "{path} has a title but the form has no such field"
            );
        }
    }

    #[test]
    fn every_choice_in_the_form_is_its_codes_name() {
        let mut seen = 0;
        let mut differ = Vec::new();
        // Options of a select: `<option value="code" data-en="…">…</option>`,
        // inside `<select name="path">`.
        for (at, _) in FORM.match_indices("<select ") {
            let select = &FORM[at..at + FORM[at..].find("</select>").unwrap()];
            let path = attribute(select, "name").unwrap();
            for (tag_at, _) in select.match_indices("<option ") {
                let tag = &select[tag_at..tag_at + select[tag_at..].find('>').unwrap() + 1];
                let code = attribute(tag, "value").unwrap();
                if code.is_empty() {
                    continue; // 请选择
                }
                let zh = unescape(&select[tag_at + tag.len()..tag_at + select[tag_at..].find("</option>").unwrap()]);
                let en = unescape(attribute(tag, "data-en").unwrap());
                if !same_name(super::code(&contract_path(path), code), &zh, &en) {
                    differ.push(format!(
                        "{path} = {code}: the form says ({zh}, {en}), the model {:?}",
                        super::code(&contract_path(path), code)
                    ));
                }
                seen += 1;
            }
        }
        // Checkboxes and radio buttons of a list or a choice:
        // `<input type="checkbox" name="path" value="code" …> <span data-en="…">…</span>`.
        for (at, _) in FORM.match_indices("<input ") {
            let tag = &FORM[at..at + FORM[at..].find('>').unwrap() + 1];
            let (Some(path), Some(code)) = (attribute(tag, "name"), attribute(tag, "value")) else { continue };
            if !matches!(attribute(tag, "type"), Some("checkbox" | "radio")) || code == "true" {
                continue; // a yes/no field: its label is the field's title
            }
            let span = &FORM[at + tag.len()..];
            let span = &span[span.find("<span").unwrap()..];
            let open = &span[..span.find('>').unwrap() + 1];
            let zh = unescape(&span[open.len()..span.find("</span>").unwrap()]);
            let en = unescape(attribute(open, "data-en").unwrap());
            if !same_name(super::code(&contract_path(path), code), &zh, &en) {
                differ.push(format!(
                    "{path} = {code}: the form says ({zh}, {en}), the model {:?}",
                    super::code(&contract_path(path), code)
                ));
            }
            seen += 1;
        }
        assert!(
            differ.is_empty(),
            "{} choices differ from their codes' names (model.rs `codes!`):\n{}",
            differ.len(),
            differ.join("\n")
        );
        assert!(seen > 40, "the form's choices were not found: {seen}");
    }
}
