//! The field table (issue 27): what a person reads of each field of the
//! contract — its label, hint and unit in Chinese and English, where the
//! form shows it (its section, in form order), when it applies
//! (`shown_when`) — described once. Everything else about a field comes
//! from where it is defined already: its path, kind and codes (with their
//! names) from the model, the clauses it serves from the rules that check
//! it. xtask makes from this table, with those, the form's field markup
//! (`www/index.html`, from `www/index.template.html`), both JSON Schemas'
//! titles and descriptions and the typings' doc comments; `cargo xtask
//! check` fails when a committed one differs.
//!
//! Nothing here is compiled into the module unless something there uses
//! it: the browser reads these words from the page.

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub zh: &'static str,
    pub en: &'static str,
}

pub const fn words(zh: &'static str, en: &'static str) -> Words {
    Words { zh, en }
}

/// The hint under a field's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    None,
    Words(Words),
    /// The message of a rule's check (by its code), after its clause
    /// ("第6.5条：…", "Clause 6.5: …"): a hint that would only repeat it.
    Rule(&'static str),
}

/// What follows a number: its unit, or a choice of units (the next
/// entry of the table, a code field, shown as radio buttons).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    None,
    Words(Words),
    Choice,
}

/// A list's rows: the legend of each (numbered) and the add button; with
/// `rows_by`, the form starts with one row per code of that item field,
/// each with its code chosen (one red steward per contact role).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rows {
    pub item: Words,
    pub add: Words,
    pub rows_by: &'static str,
}

/// One field (or group of fields) as the form shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// The contract path; a list item's field is written with `[]`
    /// (`party.stewards[].phone`).
    pub path: &'static str,
    pub label: Words,
    pub hint: Hint,
    pub unit: Unit,
    /// Shown only while this holds: `PATH` (a yes/no field is yes) or
    /// `PATH=CODE` (the code is chosen there).
    pub shown_when: Option<&'static str>,
    /// The input's width class, when not its kind's default.
    pub width: Option<&'static str>,
    /// The input's `autocomplete`, when not "off".
    pub autocomplete: Option<&'static str>,
    /// For a list of groups: its rows.
    pub rows: Option<Rows>,
}

/// A field: its path and label.
pub const fn field(path: &'static str, zh: &'static str, en: &'static str) -> FieldText {
    FieldText {
        path,
        label: words(zh, en),
        hint: Hint::None,
        unit: Unit::None,
        shown_when: None,
        width: None,
        autocomplete: None,
        rows: None,
    }
}

/// A group of fields shown together (a fieldset with its legend); its
/// fields follow it in the table.
pub const fn group(path: &'static str, zh: &'static str, en: &'static str) -> FieldText {
    field(path, zh, en)
}

impl FieldText {
    pub const fn hint(self, zh: &'static str, en: &'static str) -> Self {
        FieldText { hint: Hint::Words(words(zh, en)), ..self }
    }
    pub const fn hint_from_rule(self, code: &'static str) -> Self {
        FieldText { hint: Hint::Rule(code), ..self }
    }
    pub const fn unit(self, zh: &'static str, en: &'static str) -> Self {
        FieldText { unit: Unit::Words(words(zh, en)), ..self }
    }
    pub const fn unit_choice(self) -> Self {
        FieldText { unit: Unit::Choice, ..self }
    }
    pub const fn width(self, class: &'static str) -> Self {
        FieldText { width: Some(class), ..self }
    }
    pub const fn autocomplete(self, token: &'static str) -> Self {
        FieldText { autocomplete: Some(token), ..self }
    }
    pub const fn shown_when(self, condition: &'static str) -> Self {
        FieldText { shown_when: Some(condition), ..self }
    }
    pub const fn items(self, item: Words, add: Words, rows_by: &'static str) -> Self {
        FieldText { rows: Some(Rows { item, add, rows_by }), ..self }
    }
}

/// A section of the form: a heading (with the clause that defines it, for
/// a mode), an introduction, and its fields in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The fieldset's id on the page.
    pub id: &'static str,
    /// The contract group it presents, if one (its title in the schemas).
    pub group: Option<&'static str>,
    pub heading: Words,
    pub clause: Option<&'static str>,
    /// A mode's section: shown while the mode is chosen.
    pub mode: Option<&'static str>,
    pub note: Option<Words>,
    pub fields: &'static [FieldText],
}

/// Fields of the contract a person does not fill in on the form.
pub const UNSHOWN: &[FieldText] = &[field("version", "合同版本", "Contract version")];

/// The form, section by section, in the order a person fills it in.
pub const FORM: &[Section] = &[
    Section {
        id: "sec-workshop",
        group: Some("workshop"),
        heading: words("基本信息", "About the workshop"),
        clause: None,
        mode: None,
        note: Some(words("工坊名称、所在地等申报备案信息（第8.1条）。", "Name, location and other details for admission and registration (clause 8.1).")),
        fields: &[
            field("filing_date", "申报日期", "Filing date")
                .hint("不填则按当天计算", "Leave blank to use today"),
            field("workshop.name", "工坊名称", "Workshop name")
                .hint("填写工坊的全称，如“云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊”（第8.1条：申报备案）", "The workshop’s full name, such as “Pingyanggang Village wooden toy processing common prosperity workshop” (clause 8.1: registration)"),
            field("workshop.county", "所在县（市、区）", "County, city or district"),
            field("workshop.township", "乡镇（街道）", "Township or subdistrict")
                .width("w-20"),
            field("workshop.village", "村（社区）", "Village or community")
                .width("w-20"),
            field("workshop.address", "详细地址", "Full address"),
            field("workshop.established", "建成日期", "Date established")
                .hint("第9.3条：建成满半年的工坊每半年应开展1次星级评定", "Clause 9.3: workshops open over six months are star-rated every six months"),
            field("workshop.on_platform", "已在数字化平台上线", "Listed on the digital platform")
                .hint("第4.5条：以数字化平台推送招工需求、政策信息、销售信息等", "Clause 4.5: the platform publishes job openings, policies, sales and resource information"),
            field("workshop.food_processing", "从事食品加工", "Does food processing")
                .hint("第5.2.4条：食品加工类工坊应通过SC认证", "Clause 5.2.4: food-processing workshops need SC certification"),
            field("workshop.sc_license", "食品生产许可证编号", "Food production licence number")
                .hint("SC 加 14 位数字；从事食品加工时填写（第5.2.4条）", "SC followed by 14 digits; needed for food processing (clause 5.2.4)")
                .shown_when("workshop.food_processing"),
        ],
    },
    Section {
        id: "sec-operator",
        group: Some("operator"),
        heading: words("运营主体", "Operating entity"),
        clause: None,
        mode: None,
        note: Some(words("运营主体类型宜与所选模式相符（第7.1.1～7.7.1条）。", "The kind of entity should suit the chosen modes (clauses 7.1.1 to 7.7.1).")),
        fields: &[
            field("operator.name", "运营主体名称", "Name of the operating entity")
                .autocomplete("organization"),
            field("operator.kind", "运营主体类型", "Kind of operating entity"),
            field("operator.credit_code", "统一社会信用代码", "Unified social credit code")
                .hint("18位，GB 32100-2015；经纪人、直播达人、致富车车主可不填", "18 characters, GB 32100-2015; not needed for brokers, livestreamers or vehicle owners"),
            field("operator.licenses_complete", "证照齐全、手续完备", "Licences and formalities complete")
                .hint("第7.2.1条：定向招工式的运营主体宜证照齐全、手续完备", "Clause 7.2.1: expected of a targeted-recruitment operator"),
        ],
    },
    Section {
        id: "sec-modes",
        group: None,
        heading: words("模式", "Modes"),
        clause: None,
        mode: None,
        note: None,
        fields: &[
            field("modes", "工坊采用的模式（可多选）", "Modes the workshop uses (tick all that apply)")
                .hint("第7章：至少选择一种；选中后显示该模式的栏目", "Chapter 7: choose at least one; its questions then appear below"),
        ],
    },
    Section {
        id: "mode-processing",
        group: Some("processing"),
        heading: words("来料加工式", "Outsourced processing"),
        clause: Some("7.1"),
        mode: Some("processing"),
        note: Some(words("第7.1.1条：运营主体宜为强村公司、强社公司、村经济合作社、来料加工企业、经纪人。", "Clause 7.1.1: usually run by a village or community company, a village cooperative, an outsourced-processing enterprise or a broker.")),
        fields: &[
            field("processing.scope", "运营范围", "Scope of work")
                .hint("第7.1.2条：宜为手工制品加工、零部件装配、平车加工等", "Clause 7.1.2: such as handicrafts, parts assembly, flat-bed sewing"),
            field("processing.workstations", "工位数", "Number of workstations")
                .hint_from_rule("processing.workstations.below_10")
                .unit("个", "stations"),
            field("processing.equipment", "已配备与加工相适应的设备和器具", "Has equipment and tools suited to the work")
                .hint("与所做加工相适应的设备和器具已到位时勾选（第7.1.3条）", "Tick when the equipment and tools for the work are in place (clause 7.1.3)"),
        ],
    },
    Section {
        id: "mode-recruitment",
        group: Some("recruitment"),
        heading: words("定向招工式", "Targeted recruitment"),
        clause: Some("7.2"),
        mode: Some("recruitment"),
        note: Some(words("第7.2.1条：运营主体宜为证照齐全、手续完备的生产企业。", "Clause 7.2.1: usually run by a manufacturer with complete licences and formalities.")),
        fields: &[
            field("recruitment.jobs", "提供的工作岗位", "Jobs offered")
                .hint("第7.2.2条：宜提供基础加工环节或季节性临时性岗位", "Clause 7.2.2: basic processing or seasonal and temporary jobs"),
            field("recruitment.in_factory", "设置在企业厂房里的车间、生产线", "Set in a workshop or production line in the company’s factory")
                .hint("工坊是企业厂房里的车间或生产线时勾选（第7.2.3条）", "Tick when the workshop is a workshop floor or production line in the company’s factory (clause 7.2.3)"),
            field("recruitment.workstations", "工位数", "Number of workstations")
                .hint("第7.2.3条：工位10个以上", "Clause 7.2.3: 10 or more")
                .unit("个", "stations"),
        ],
    },
    Section {
        id: "mode-livestream",
        group: Some("livestream"),
        heading: words("电商直播式", "E-commerce livestreaming"),
        clause: Some("7.3"),
        mode: Some("livestream"),
        note: Some(words("第7.3.1条：运营主体宜为强村公司、强社公司、村经济合作社、农业企业、电商企业、直播达人。", "Clause 7.3.1: usually run by a village or community company, a village cooperative, an agricultural or e-commerce enterprise, or a livestreamer.")),
        fields: &[
            field("livestream.products", "运营范围", "Products sold")
                .hint("第7.3.2条：当地特色农副产品、工业产品或其他特色产品", "Clause 7.3.2: local farm products, industrial products or other specialities"),
            field("livestream.venue", "直播场所", "Livestream venue")
                .hint("第7.3.3条：宜设置在电商服务中心、乡村直播间、园区等", "Clause 7.3.3: such as an e-commerce centre, a village studio or a park"),
            field("livestream.stations", "直播工位数", "Number of livestream stations")
                .hint("第7.3.3条：有1个以上直播工位", "Clause 7.3.3: at least 1")
                .unit("个", "stations"),
            field("livestream.equipment", "已配备直播设备", "Has livestreaming equipment")
                .hint("直播所需的设备已配备时勾选（第7.3.3条）", "Tick when the livestreaming equipment is in place (clause 7.3.3)"),
        ],
    },
    Section {
        id: "mode-agritourism",
        group: Some("agritourism"),
        heading: words("农旅融合式", "Agriculture and tourism"),
        clause: Some("7.4"),
        mode: Some("agritourism"),
        note: Some(words("第7.4.1条：运营主体宜为强村公司、强社公司、村经济合作社、混合所有制主体或文旅企业。", "Clause 7.4.1: usually run by a village or community company, a village cooperative, a mixed-ownership entity or a culture and tourism enterprise.")),
        fields: &[
            field("agritourism.activities", "农旅融合业态", "Agritourism activities")
                .hint("勾选开展的全部业态，可多选（第7.4.2条）", "Tick every activity offered; several may apply (clause 7.4.2)"),
            field("agritourism.in_village", "设置在乡村，结合当地特色资源打造", "Set in the countryside, built on local resources")
                .hint("第7.4.3条：结合乡村特色产业、自然环境、传统文化资源", "Clause 7.4.3: local industry, natural and cultural resources"),
            field("agritourism.facilities", "已配备相应的农旅设施", "Has suitable agritourism facilities")
                .hint("已有与所开展业态相应的农旅设施时勾选（第7.4.3条）", "Tick when facilities suited to the activities are in place (clause 7.4.3)"),
        ],
    },
    Section {
        id: "mode-brand_led",
        group: Some("brand_led"),
        heading: words("品牌带动式", "Brand-led"),
        clause: Some("7.5"),
        mode: Some("brand_led"),
        note: Some(words("第7.5.1条：运营主体宜为强村公司、强社公司、村经济合作社、企业、个体户。", "Clause 7.5.1: usually run by a village or community company, a village cooperative, an enterprise or a sole trader.")),
        fields: &[
            field("brand_led.activities", "运营范围", "Scope of work")
                .hint("勾选开展的全部业务，可多选（第7.5.2条）", "Tick everything the workshop does; several may apply (clause 7.5.2)"),
            field("brand_led.base_area", "种、养殖基地面积", "Area of the growing or breeding base")
                .hint("填写数字并选择单位，也可直接写“60亩”“3000平方米”（第7.5.3条：宜在50亩即33350 m²以上）", "Type the number and choose its unit; “60亩” or “3000平方米” works too. Clause 7.5.3: 50 mu (33,350 m²) or more is recommended")
                .unit_choice(),
            field("brand_led.base_area_unit", "面积单位", "Unit of area"),
            field("brand_led.fixed_base", "设置在相对固定的种、养殖基地", "Set on a fixed growing or breeding base")
                .hint("生产依托相对固定的种植或养殖基地时勾选（第7.5.3条）", "Tick when production relies on a fixed growing or breeding base (clause 7.5.3)"),
            field("brand_led.modern_facilities", "已配备齐全的农业现代化设施", "Has complete modern farming facilities")
                .hint("已配备齐全的农业现代化设施时勾选（第7.5.3条）", "Tick when complete modern farming facilities are in place (clause 7.5.3)"),
        ],
    },
    Section {
        id: "mode-enablement",
        group: Some("enablement"),
        heading: words("产业赋能式", "Industry enablement"),
        clause: Some("7.6"),
        mode: Some("enablement"),
        note: Some(words("第7.6.1条：运营主体宜为农业科研院所、农业龙头企业、强村公司或村经济合作社。", "Clause 7.6.1: usually run by an agricultural research institute, a leading agricultural enterprise, a village company or a village cooperative.")),
        fields: &[
            field("enablement.services", "运营范围", "Services offered")
                .hint("勾选提供的全部服务，可多选（第7.6.2条）", "Tick every service offered; several may apply (clause 7.6.2)"),
            field("enablement.fixed_center", "设置在固定的技术研发中心或生产研究基地", "Set in a fixed R&D centre or research base")
                .hint("工坊设在固定的技术研发中心或生产研究基地时勾选（第7.6.3条）", "Tick when the workshop is in a fixed R&D centre or production research base (clause 7.6.3)"),
        ],
    },
    Section {
        id: "mode-mobile_supply",
        group: Some("mobile_supply"),
        heading: words("流动供销式", "Mobile supply and marketing"),
        clause: Some("7.7"),
        mode: Some("mobile_supply"),
        note: Some(words("第7.7.1条：运营主体宜为流动供销致富车车主等。", "Clause 7.7.1: usually run by the owner of a mobile supply vehicle.")),
        fields: &[
            field("mobile_supply.services", "为山区群众提供的服务", "Services for mountain villagers")
                .hint("勾选为山区群众提供的全部服务，可多选（第7.7.2条）", "Tick every service offered to mountain villagers; several may apply (clause 7.7.2)"),
            field("mobile_supply.vehicles", "流动供销车辆数", "Number of mobile supply vehicles")
                .hint("第7.7.3条：应配备与流动供销相适应的车辆", "Clause 7.7.3: at least one suitable vehicle")
                .unit("辆", "vehicles"),
        ],
    },
    Section {
        id: "mode-overseas",
        group: Some("overseas"),
        heading: words("侨助共富式", "Overseas-Chinese aid"),
        clause: Some("7.8"),
        mode: Some("overseas"),
        note: Some(words("第7.8条：侨企侨商（或留学回国人员及家属）以投资合作或提供一定比例订单金额的方式开展合作。", "Clause 7.8: overseas-Chinese enterprises or merchants (or returned overseas students and their families) cooperate by investing or by providing a share of orders.")),
        fields: &[
            field("overseas.partner", "合作方名称", "Partner’s name")
                .hint("侨企、侨商或留学回国人员姓名", "Name of the enterprise, merchant or returnee"),
            field("overseas.partner_kind", "合作方类型", "Kind of partner"),
            field("overseas.cooperation", "合作方式", "Form of cooperation"),
            field("overseas.order_share_percent", "订单金额比例（%）", "Share of orders (%)")
                .hint("以提供订单金额方式合作时填写，大于0且不超过100", "For cooperation through orders: more than 0, at most 100")
                .unit("%", "%"),
        ],
    },
    Section {
        id: "mode-mountain_sea",
        group: Some("mountain_sea"),
        heading: words("山海协作式", "Mountain–sea cooperation"),
        clause: Some("7.9"),
        mode: Some("mountain_sea"),
        note: Some(words("第7.9条：结合山海协作工程，与沿海发达地区和经济发达县的龙头企业以项目合作方式建立。", "Clause 7.9: set up through project cooperation with a leading enterprise from a developed coastal area or county, under the mountain–sea cooperation programme.")),
        fields: &[
            field("mountain_sea.partner", "合作龙头企业", "Partner leading enterprise"),
            field("mountain_sea.partner_region", "合作方所在地区", "Partner’s region")
                .hint("沿海发达地区或经济发达县", "A developed coastal area or county")
                .width("w-20"),
            field("mountain_sea.project", "合作项目", "Cooperation project"),
        ],
    },
    Section {
        id: "sec-party",
        group: Some("party"),
        heading: words("党建联建", "Party-building alliance"),
        clause: None,
        mode: None,
        note: Some(words("标准第4.1条和第5章。", "Clause 4.1 and chapter 5 of the standard.")),
        fields: &[
            field("party.organization", "已设立共富工坊党组织", "Has a workshop party organisation")
                .hint("工坊已依托党建联建机制（村、社区与企业等党组织结对共建）设立党组织时勾选（第4.1条）", "Tick when the workshop has its own party organisation, set up through the party-building alliance of village, community and company party organisations (clause 4.1)"),
            group("party.maps", "“一坊三图”工作机制", "The “one workshop, three maps” mechanism")
                .hint("在工坊张挂以下三张图（第5.1.1条）；每张图的内容和标准附录A的示例见页末术语", "Three charts shown at the workshop (clause 5.1.1); what each shows, with the standard’s example, is in the terms at the end"),
            field("party.maps.alliance", "已构建“党建联建图”", "Has a party-building alliance map"),
            field("party.maps.operation", "已构建“工坊运行图”", "Has a workshop operation map"),
            field("party.maps.stewards", "已构建“红色管家图”", "Has a red steward map"),
            field("party.stewards", "红色管家名册", "Red stewards")
                .hint("第5.1.2条：五类联系角色各至少1人；第5.2.1条：填写姓名、工作单位、联系电话", "Clause 5.1.2: at least one for each of the five roles; clause 5.2.1: give name, employer and phone")
                .items(words("红色管家", "Red steward"), words("添加红色管家", "Add a red steward"), "role"),
            field("party.stewards[].role", "联系角色", "Role"),
            field("party.stewards[].name", "姓名", "Name")
                .autocomplete("name"),
            field("party.stewards[].unit", "工作单位", "Employer")
                .autocomplete("organization"),
            field("party.stewards[].title", "职务", "Position")
                .autocomplete("organization-title"),
            field("party.stewards[].phone", "联系电话", "Phone")
                .hint("手机号或 0578-xxxxxxx", "Mobile number or 0578-xxxxxxx")
                .autocomplete("tel"),
            field("party.stewards_public", "红色管家的姓名、工作单位、联系电话已在工坊公开", "Stewards’ names, employers and phone numbers are displayed at the workshop")
                .hint("红色管家的姓名、工作单位、联系电话已在工坊张贴公开时勾选（第5.2.1条）", "Tick when the red stewards’ names, employers and phone numbers are posted at the workshop (clause 5.2.1)"),
            field("party.service_list", "已建立服务清单", "Has a service list")
                .hint("第5.2.2条：围绕本地资源、供给需求、政策支持等开展调研梳理", "Clause 5.2.2: based on surveys of local resources, supply, demand and policy"),
            field("party.visits_per_month", "红色管家每月走访次数", "Steward visits per month")
                .hint("第5.2.3条：每月走访2次以上", "Clause 5.2.3: 2 or more")
                .unit("次", "visits"),
            field("party.quarterly_meeting", "每季度召开小组会议交流工作情况", "Holds a group meeting every quarter")
                .hint("红色管家每季度召开小组会议、交流工作情况时勾选（第5.2.3条）", "Tick when the red stewards meet as a group every quarter to compare notes (clause 5.2.3)"),
        ],
    },
    Section {
        id: "sec-site",
        group: Some("site"),
        heading: words("场地", "Site"),
        clause: None,
        mode: None,
        note: Some(words("标准第6章。", "Chapter 6 of the standard.")),
        fields: &[
            field("site.kind", "场地类型", "Kind of site")
                .hint("第6.1条：宜整合利用党群服务中心、闲置房屋、车间厂房等场所", "Clause 6.1: such as a service centre, an idle house or a factory building"),
            field("site.logistics", "“丽水山递”已覆盖", "Covered by the “Lishui Shandi” rural delivery network")
                .hint("“丽水山递”是丽水的县乡村三级农村物流寄递体系（见页末术语）；快递能送到、农产品能寄出时勾选（第6.2条）", "“Lishui Shandi” is Lishui’s county–township–village rural delivery network (see the terms at the end); tick when parcels reach the workshop and produce can be sent out (clause 6.2)"),
            field("site.tidy", "布局合理、环境干净整洁", "Well laid out, clean and tidy")
                .hint("场地布局合理、环境干净整洁时勾选（第6.3条）", "Tick when the site is well laid out, clean and tidy (clause 6.3)"),
            field("site.academy", "已在工坊内建立共富学堂", "Has a common prosperity academy on site")
                .hint("共富学堂是工坊里开展技能培训的场所（见页末术语）；已设立时勾选（第6.3条）", "A common prosperity academy is a place in the workshop for skills training (see the terms at the end); tick when there is one (clause 6.3)"),
            field("site.signage", "有共富工坊标识", "Displays the workshop sign")
                .hint("工坊场所已挂出共富工坊标识时勾选（第6.4条）", "Tick when the common prosperity workshop sign is displayed at the site (clause 6.4)"),
            field("site.safety_signs", "有醒目的安全警示标志、标牌，符合 GB/T 10001.1", "Has clear safety signs meeting GB/T 10001.1")
                .hint("已设置醒目的安全警示标志、标牌，样式符合 GB/T 10001.1 时勾选（第6.4条）", "Tick when clear safety signs in the style of GB/T 10001.1 are displayed (clause 6.4)"),
            field("site.fire_extinguishers", "灭火器数量", "Number of fire extinguishers")
                .hint_from_rule("site.fire_extinguishers.missing")
                .unit("个", "extinguishers"),
        ],
    },
    Section {
        id: "sec-operations",
        group: Some("operations"),
        heading: words("运营", "Operations"),
        clause: None,
        mode: None,
        note: Some(words("标准第8章。", "Chapter 8 of the standard.")),
        fields: &[
            field("operations.finance_partner", "合作金融机构", "Partner financial institution")
                .hint("第8.2条：宜与金融机构合作，享受金融专属服务", "Clause 8.2: recommended, for dedicated financial services"),
            field("operations.benefit_models", "利益联结模式（可多选）", "Benefit-linkage models (tick all that apply)")
                .hint("勾选工坊与农户、村集体共享收益的方式，至少一种（第8.3条）；各模式的含义见页末术语", "Tick how the workshop shares its gains with farmers and the village collective, at least one (clause 8.3); each model is explained in the terms at the end"),
            field("operations.benefit_models_other", "其他模式说明", "Describe the other model")
                .hint("选择“其他模式”时填写", "Needed when you tick “Other”")
                .shown_when("operations.benefit_models=other"),
            field("operations.skills_training", "已利用共富学堂等培训基地开展技能培训", "Runs skills training, for example in the common prosperity academy")
                .hint("第8.4条：如手工制作、种养殖、直播带货", "Clause 8.4: such as handicrafts, farming, livestream selling"),
            field("operations.certificates", "为参训人员发放培训证明", "Gives training certificates")
                .hint("为参加培训的人员发放培训证明时勾选（第8.4条）", "Tick when people who complete training receive a training certificate (clause 8.4)"),
            field("operations.trainings_per_year", "每年组织从业人员参加培训次数", "Staff trainings per year")
                .hint("第8.5条：每年应至少组织1次", "Clause 8.5: at least once a year")
                .unit("次", "sessions"),
            field("operations.employees", "从业人员数", "Number of workers")
                .unit("人", "people"),
            field("operations.low_income_employees", "其中：有劳动能力的低收入农户人数", "Of whom: from low-income households")
                .hint("填写人数，没有则填0（第8.6条：宜招聘有劳动能力的低收入农户）", "The number of people; 0 if none (clause 8.6: low-income households able to work should be hired)")
                .unit("人", "people"),
            field("operations.trainee_employees", "其中：有培训证明的共富学堂学员人数", "Of whom: certified common prosperity academy trainees")
                .hint("填写人数，没有则填0（第8.6条：宜招聘有培训证明的共富学堂学员）", "The number of people; 0 if none (clause 8.6: certified common prosperity academy trainees should be hired)")
                .unit("人", "people"),
            group("operations.systems", "管理制度", "Management systems")
                .hint("以下三项管理制度都应建立，已建立的逐项勾选（第8.7条）", "All three management systems must be established: tick each one in place (clause 8.7)"),
            field("operations.systems.production", "已建立生产管理制度", "Has production rules"),
            field("operations.systems.personnel", "已建立人员管理制度", "Has personnel rules"),
            field("operations.systems.safety", "已建立安全管理制度", "Has safety rules"),
            field("operations.group_insurance", "已对从业人员开展集中保险", "Workers are covered by group insurance")
                .hint("已为从业人员统一办理集中保险时勾选（第8.7条）", "Tick when the workers are covered by one group insurance policy (clause 8.7)"),
            field("operations.declaration", "本人声明所填信息属实，同意接受准入审核", "I declare this filing is true and accept the admission review")
                .hint("第8.1条：应符合准入审核要求，进行申报备案", "Clause 8.1: filing is subject to admission review"),
        ],
    },
    Section {
        id: "sec-brand",
        group: Some("brand"),
        heading: words("品牌", "Brand"),
        clause: None,
        mode: None,
        note: Some(words("标准第9章。", "Chapter 9 of the standard.")),
        fields: &[
            field("brand.sub_brand", "子品牌", "Sub-brand")
                .hint("第9.1条：以“丽水山坊”为母品牌的“1+N”子品牌", "Clause 9.1: a sub-brand of the “Lishui Shanfang” family"),
            field("brand.promotion", "品牌推广方式", "How the brand is promoted")
                .hint("勾选采用的全部推广方式，可多选（第9.2条）", "Tick every way the brand is promoted; several may apply (clause 9.2)"),
            field("brand.last_star_rating", "最近一次星级评定日期", "Date of the last star rating")
                .hint("第9.3条：每半年应开展1次星级评定", "Clause 9.3: once every six months"),
        ],
    },
];

/// Every entry of the table: the form's, then those it does not show.
pub fn all() -> impl Iterator<Item = &'static FieldText> {
    FORM.iter().flat_map(|s| s.fields.iter()).chain(UNSHOWN)
}

/// A field's entry, by its path (an item's with `[]`).
pub fn get(path: &str) -> Option<&'static FieldText> {
    all().find(|f| f.path == path)
}

/// What the schemas call a field or group: its label, or the heading of
/// the section that presents the group.
pub fn title(path: &str) -> Option<Words> {
    title_in(FORM, path)
}

/// [`title`] in a given form (the tests change a label).
pub fn title_in(form: &[Section], path: &str) -> Option<Words> {
    let entry = form.iter().flat_map(|s| s.fields.iter()).chain(UNSHOWN).find(|f| f.path == path);
    entry.map(|f| f.label).or_else(|| form.iter().find(|s| s.group == Some(path)).map(|s| s.heading))
}
