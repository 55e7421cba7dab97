//! The filing of filing-v1.md §1, read leniently.
//!
//! Each section is declared once with `section!`: the macro writes the
//! struct, its lenient reader, the module of its field paths
//! (`paths::site::fire_extinguishers == "site.fire_extinguishers"`), so the
//! rules, the DOM binding and the tests all name fields through the same
//! constants, and the two views every consumer uses instead of being named
//! here: its fields' values ([`Fields`], [`Value`], [`Entry`]: the
//! data-format problems of [`Filing::format_problems`] and the canonical
//! writer) and their description ([`GroupShape`], [`Shape`]: the schema and
//! typings generators).

use crate::prelude::*;

use crate::formats::Date;
use crate::input::{
    group_from_raw, list_from_raw, Area, Code, Codes, CreditCode, GroupItems, Input, Lenient, Phone, Problem, Raw,
    ScLicense, Slot,
};

/// How a field is entered: lets the DOM binding turn form controls into a
/// filing without a second list of fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Bool,
    Number,
    Count,
    Date,
    /// One code of an enumeration.
    Code,
    /// A list of codes (checkbox group).
    Codes,
    /// A group of fields.
    Section,
    /// A list of groups (the red steward roster).
    Items,
}

impl FieldKind {
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::Bool => "bool",
            FieldKind::Number => "number",
            FieldKind::Count => "count",
            FieldKind::Date => "date",
            FieldKind::Code => "code",
            FieldKind::Codes => "codes",
            FieldKind::Section => "section",
            FieldKind::Items => "items",
        }
    }
}

/// The kind of input a field type takes, its description and its value.
pub trait Field: Lenient {
    const KIND: FieldKind;
    /// The codes a `Code`/`Codes` field accepts.
    fn codes() -> &'static [&'static str] {
        &[]
    }
    /// The same codes with their Chinese and English names.
    fn code_names() -> CodeNames {
        &[]
    }
    /// What the type is, for the generators (schemas, typings).
    fn shape() -> Shape;
    /// The value as it was read, for the writers that walk a filing.
    fn value(&self) -> Value<'_>;
}

macro_rules! scalar_fields {
    ($($ty:ty => $kind:ident, $shape:ident, |$v:ident| $value:expr;)+) => {$(
        impl Field for $ty {
            const KIND: FieldKind = FieldKind::$kind;
            fn shape() -> Shape {
                Shape::$shape
            }
            fn value(&self) -> Value<'_> {
                let $v = self;
                $value
            }
        }
    )+};
}
scalar_fields! {
    String => Text, Text, |s| Value::Text(s);
    bool => Bool, Bool, |b| Value::Bool(*b);
    f64 => Number, Number, |n| Value::Number(*n);
    u64 => Count, Count, |n| Value::Count(*n);
    Area => Number, Area, |a| Value::Area(a);
    Date => Date, Date, |d| Value::Date(*d);
    // Read upper-cased (filing-v1.md §4).
    CreditCode => Text, CreditCode, |c| Value::Text(&c.0);
    ScLicense => Text, ScLicense, |c| Value::Text(&c.0);
    Phone => Text, Phone, |p| Value::Phone(p);
}

/// What a field's type is, described once for every generator (the JSON
/// Schemas, the typings): they walk these descriptions, so the model names
/// none of them.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// Free text, trimmed (`String`).
    Text,
    /// 统一社会信用代码 (GB 32100-2015).
    CreditCode,
    /// 食品生产许可证编号, "SC" + 14 digits.
    ScLicense,
    /// A phone number as written (clause 5.2.1 checks it).
    Phone,
    Bool,
    /// The contract's one plain number, a percentage in (0, 100].
    Number,
    /// An area, not negative, as text also with its unit.
    Area,
    /// A count, a whole number not negative.
    Count,
    Date,
    /// One code of a list.
    Code(&'static CodeList),
    /// Several codes of a list.
    Codes(&'static CodeList),
    /// A group of fields.
    Group(&'static GroupShape),
    /// A list of groups.
    Items(&'static GroupShape),
}

/// A list of codes (`codes!`): its type's name and its codes with their names.
#[derive(Debug)]
pub struct CodeList {
    pub name: &'static str,
    pub codes: CodeNames,
}

/// A group (`section!`): its type's name, its path (`party.stewards[]`
/// for a list's item) and its fields in contract order. What a person
/// reads of each is in the field table (`crate::fields`).
#[derive(Debug)]
pub struct GroupShape {
    pub name: &'static str,
    pub path: &'static str,
    pub fields: &'static [FieldShape],
}

/// A field of a group: its key and its type's shape.
#[derive(Debug)]
pub struct FieldShape {
    pub name: &'static str,
    pub shape: fn() -> Shape,
}

/// A value the model read, as the writers that walk a filing see it (the
/// canonical form): the one visitor of a filing's values, so the model
/// names none of its consumers.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    /// Text, credit codes and SC numbers (read upper-cased).
    Text(&'a str),
    Phone(&'a Phone),
    Bool(bool),
    Number(f64),
    Area(&'a Area),
    Count(u64),
    Date(Date),
    Code(&'static str),
    Codes(&'a dyn CodeValues),
    Group(&'a dyn Fields),
    Items(&'a dyn ItemValues),
}

/// A field as read: not given, given but not readable, or its value.
#[derive(Clone, Copy)]
pub enum Entry<'a> {
    Absent,
    Bad(&'a Problem),
    Given(Value<'a>),
}

impl<T: Field> Input<T> {
    /// The field as the writers see it.
    pub fn entry(&self) -> Entry<'_> {
        match self {
            Input::Absent => Entry::Absent,
            Input::Bad(p) => Entry::Bad(p),
            Input::Given(v) => Entry::Given(v.value()),
        }
    }
}

/// A group's fields, in contract order, with their keys.
pub trait Fields {
    fn each_field(&self, f: &mut dyn FnMut(&'static str, Entry<'_>));
}

/// A list of codes as read: the listed ones in the order given, and
/// whether an unlisted value was among them.
pub trait CodeValues {
    fn each_code(&self, f: &mut dyn FnMut(&'static str));
    /// The problem of an unlisted value among them, if any.
    fn unlisted(&self) -> Option<&Problem>;
}

impl<E: Code + PartialEq> CodeValues for Codes<E> {
    fn each_code(&self, f: &mut dyn FnMut(&'static str)) {
        for e in &self.listed {
            f(E::ALL.iter().find(|(v, ..)| v == e).map_or("", |(_, code, ..)| code));
        }
    }
    fn unlisted(&self) -> Option<&Problem> {
        self.unlisted.as_ref()
    }
}

/// A list of groups as read, item by item (a null item is `Absent`).
pub trait ItemValues {
    fn each_item(&self, f: &mut dyn FnMut(Entry<'_>));
}

impl<T: Field> ItemValues for Items<T> {
    fn each_item(&self, f: &mut dyn FnMut(Entry<'_>)) {
        for item in &self.0 {
            f(item.entry());
        }
    }
}

/// A field: its path, kind, and the codes it accepts.
pub type FieldInfo = (&'static str, FieldKind, &'static [&'static str]);
/// A group's field table, as `section!` writes it (codes behind a function,
/// since a generic constant cannot hold them).
pub type FieldTable = &'static [(&'static str, FieldKind, fn() -> &'static [&'static str], fn() -> CodeNames)];

/// A code list's codes with their Chinese and English names, in contract order.
pub type CodeNames = &'static [(&'static str, &'static str, &'static str)];

/// A group of fields (a section of the filing).
pub trait Group: 'static {
    /// The group with nothing given, for reading an absent or malformed one.
    fn empty() -> &'static Self;
}

impl<T: Group> Input<T> {
    /// The group's fields; an absent or malformed group reads as empty, so
    /// the rules on its fields still fire (filing-v1.md §4).
    pub fn or_empty(&self) -> &T {
        self.given().unwrap_or_else(|| T::empty())
    }
}

/// A list of groups, kept with their input positions so findings name
/// `party.stewards[3].phone`. Null items stay as `Absent`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Items<T>(pub Vec<Input<T>>);

impl<T: Lenient> Lenient for Items<T> {
    fn from_raw(raw: &Raw) -> Input<Self> {
        list_from_raw(raw, || Items(Vec::new()))
    }
    fn begin_list(input: &mut Input<Self>) -> Option<Box<dyn Slot + '_>> {
        *input = Input::Given(Items(Vec::new()));
        match input {
            Input::Given(items) => Some(Box::new(GroupItems(&mut items.0))),
            _ => None,
        }
    }
}

impl<T: Field> Field for Items<T> {
    const KIND: FieldKind = FieldKind::Items;
    fn shape() -> Shape {
        match T::shape() {
            Shape::Group(g) => Shape::Items(g),
            other => other,
        }
    }
    fn value(&self) -> Value<'_> {
        Value::Items(self)
    }
}

impl<T> Items<T> {
    /// The well-formed items with their positions.
    pub fn given(&self) -> impl Iterator<Item = (usize, &T)> {
        self.0.iter().enumerate().filter_map(|(i, item)| item.given().map(|t| (i, t)))
    }
}

/// Declares an enumeration of the contract with its codes and names.
#[macro_export]
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal, $zh:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $crate::input::Code for $name {
            const ALL: &'static [(Self, &'static str, &'static str, &'static str)] =
                &[$(($name::$variant, $code, $zh, $en)),+];
        }

        impl $crate::input::Read for $name {
            fn read(raw: &$crate::input::Raw) -> Result<Self, $crate::input::Problem> {
                $crate::input::read_code(raw)
            }
        }

        impl $crate::input::Lenient for $name {
            fn from_raw(raw: &$crate::input::Raw) -> $crate::input::Input<Self> {
                $crate::input::from_raw(raw)
            }
        }

        impl $crate::model::Field for $name {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Code;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
            fn code_names() -> $crate::model::CodeNames { &[$(($code, $zh, $en)),+] }
            fn shape() -> $crate::model::Shape { $crate::model::Shape::Code(&$name::LIST) }
            fn value(&self) -> $crate::model::Value<'_> { $crate::model::Value::Code(self.code()) }
        }

        impl $crate::model::Field for $crate::input::Codes<$name> {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Codes;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
            fn code_names() -> $crate::model::CodeNames { &[$(($code, $zh, $en)),+] }
            fn shape() -> $crate::model::Shape { $crate::model::Shape::Codes(&$name::LIST) }
            fn value(&self) -> $crate::model::Value<'_> { $crate::model::Value::Codes(self) }
        }

        impl $name {
            /// The contract code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The list's name and codes, for the generators.
            pub const LIST: $crate::model::CodeList =
                $crate::model::CodeList { name: stringify!($name), codes: &[$(($code, $zh, $en)),+] };
        }

    };
}

/// Declares one section of the filing. See the module docs.
macro_rules! section {
    (@join "" $field:ident) => { stringify!($field) };
    (@join $path:tt $field:ident) => { concat!($path, ".", stringify!($field)) };
    (
        $(#[doc = $doc:literal])*
        $name:ident at $path:tt, paths $paths:ident {
            $( $(#[doc = $fdoc:literal])* $field:ident : $ty:ty ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name { $( $(#[doc = $fdoc])* pub $field: Input<$ty>, )+ }

        impl $name {
            /// The group with nothing given.
            pub const EMPTY: Self = Self { $( $field: Input::Absent, )+ };

            /// The group's description, for the generators.
            pub const SHAPE: GroupShape = GroupShape {
                name: stringify!($name),
                path: $path,
                fields: &[$( FieldShape { name: stringify!($field), shape: <$ty as Field>::shape } ),+],
            };
        }

        impl Fields for $name {
            fn each_field(&self, f: &mut dyn FnMut(&'static str, Entry<'_>)) {
                $( f(stringify!($field), self.$field.entry()); )+
            }
        }

        impl Group for $name {
            fn empty() -> &'static Self {
                static EMPTY: $name = $name::EMPTY;
                &EMPTY
            }
        }

        impl Lenient for $name {
            fn from_raw(raw: &Raw) -> Input<Self> {
                group_from_raw(raw)
            }
            fn begin_map(input: &mut Input<Self>) -> bool {
                *input = Input::Given(Self::EMPTY);
                true
            }
            fn field<'s>(input: &'s mut Input<Self>, key: &str) -> Option<&'s mut dyn Slot> {
                let Input::Given(group) = input else { return None };
                match key {
                    $( stringify!($field) => Some(&mut group.$field), )+
                    _ => None,
                }
            }
        }

        impl Field for $name {
            const KIND: FieldKind = FieldKind::Section;
            fn shape() -> Shape {
                Shape::Group(&$name::SHAPE)
            }
            fn value(&self) -> Value<'_> {
                Value::Group(self)
            }
        }

        #[doc = concat!("Field paths of `", $path, "`.")]
        #[allow(non_upper_case_globals)]
        pub mod $paths {
            #[allow(unused_imports)]
            use super::*;
            /// The path of the group itself.
            pub const PATH: &str = $path;
            $( pub const $field: &str = section!(@join $path $field); )+
            /// Every field of the group with its kind and accepted codes.
            pub const FIELDS: FieldTable =
                &[$( ($field, <$ty as Field>::KIND, <$ty as Field>::codes, <$ty as Field>::code_names) ),+];
        }
    };
}

codes! {
    /// 县（市、区） County-level division of Lishui.
    County {
        Liandu = "liandu", "莲都区", "Liandu District";
        Longquan = "longquan", "龙泉市", "Longquan City";
        Qingtian = "qingtian", "青田县", "Qingtian County";
        Jinyun = "jinyun", "缙云县", "Jinyun County";
        Suichang = "suichang", "遂昌县", "Suichang County";
        Songyang = "songyang", "松阳县", "Songyang County";
        Yunhe = "yunhe", "云和县", "Yunhe County";
        Qingyuan = "qingyuan", "庆元县", "Qingyuan County";
        Jingning = "jingning", "景宁畲族自治县", "Jingning She Autonomous County";
        Etdz = "etdz", "丽水经济技术开发区", "Lishui Economic and Technological Development Zone";
    }
}

codes! {
    /// 运营主体类型 Kind of operating entity (7.x.1, 8.1).
    OperatorKind {
        VillageCompany = "village_company", "强村公司", "village company";
        CommunityCompany = "community_company", "强社公司", "community company";
        VillageCoop = "village_coop", "村经济合作社", "village economic cooperative";
        ProcessingEnterprise = "processing_enterprise", "来料加工企业", "outsourced-processing enterprise";
        Broker = "broker", "经纪人", "broker";
        Manufacturer = "manufacturer", "生产企业", "manufacturer";
        AgriEnterprise = "agri_enterprise", "农业企业", "agricultural enterprise";
        EcommerceEnterprise = "ecommerce_enterprise", "电商企业", "e-commerce enterprise";
        Livestreamer = "livestreamer", "直播达人", "livestreamer";
        MixedOwnership = "mixed_ownership", "混合所有制主体", "mixed-ownership entity";
        TourismEnterprise = "tourism_enterprise", "文旅企业", "culture and tourism enterprise";
        Enterprise = "enterprise", "其他企业", "other enterprise";
        SoleTrader = "sole_trader", "个体户", "sole trader";
        ResearchInstitute = "research_institute", "农业科研院所", "agricultural research institute";
        LeadingAgriEnterprise = "leading_agri_enterprise", "农业龙头企业", "leading agricultural enterprise";
        VehicleOwner = "vehicle_owner", "流动供销致富车车主", "owner of a mobile supply vehicle";
        Other = "other", "其他", "other";
    }
}

codes! {
    /// 模式 Mode of the workshop (chapter 7).
    Mode {
        Processing = "processing", "来料加工式", "outsourced processing";
        Recruitment = "recruitment", "定向招工式", "targeted recruitment";
        Livestream = "livestream", "电商直播式", "e-commerce livestreaming";
        Agritourism = "agritourism", "农旅融合式", "agriculture and tourism";
        BrandLed = "brand_led", "品牌带动式", "brand-led";
        Enablement = "enablement", "产业赋能式", "industry enablement";
        MobileSupply = "mobile_supply", "流动供销式", "mobile supply and marketing";
        Overseas = "overseas", "侨助共富式", "overseas-Chinese aid";
        MountainSea = "mountain_sea", "山海协作式", "mountain–sea cooperation";
    }
}

impl Mode {
    /// The clause that defines the mode.
    pub fn clause(self) -> &'static str {
        match self {
            Mode::Processing => "7.1",
            Mode::Recruitment => "7.2",
            Mode::Livestream => "7.3",
            Mode::Agritourism => "7.4",
            Mode::BrandLed => "7.5",
            Mode::Enablement => "7.6",
            Mode::MobileSupply => "7.7",
            Mode::Overseas => "7.8",
            Mode::MountainSea => "7.9",
        }
    }
}

codes! {
    /// 来料加工运营范围 (7.1.2)
    ProcessingScope {
        Handicraft = "handicraft", "手工制品加工", "handicrafts";
        Assembly = "assembly", "零部件装配", "parts assembly";
        Sewing = "sewing", "平车加工", "flat-bed sewing";
        Other = "other", "其他", "other";
    }
}

codes! {
    /// 定向招工岗位 (7.2.2)
    RecruitmentJob {
        BasicProcessing = "basic_processing", "基础加工环节岗位", "basic processing jobs";
        Seasonal = "seasonal", "季节性临时性岗位", "seasonal or temporary jobs";
    }
}

codes! {
    /// 电商直播运营范围 (7.3.2)
    LivestreamProduct {
        Agricultural = "agricultural", "当地特色农副产品", "local farm products";
        Industrial = "industrial", "工业产品", "industrial products";
        Other = "other", "其他特色产品", "other local specialities";
    }
}

codes! {
    /// 直播场所 (7.3.3)
    LivestreamVenue {
        EcommerceCenter = "ecommerce_center", "电商服务中心", "e-commerce service centre";
        VillageStudio = "village_studio", "乡村直播间", "village livestream studio";
        Park = "park", "园区", "industrial park";
        EcommerceEnterprise = "ecommerce_enterprise", "电商企业", "e-commerce enterprise";
        IdleHouse = "idle_house", "闲置房屋", "idle house";
        Other = "other", "其他", "other";
    }
}

codes! {
    /// 农旅融合业态 (7.4.2)
    AgritourismActivity {
        Creative = "creative", "文化创意", "cultural and creative";
        Sightseeing = "sightseeing", "休闲观光", "leisure sightseeing";
        Homestay = "homestay", "民宿经营", "homestays";
        Farming = "farming", "农事体验", "farming experience";
        FolkCulture = "folk_culture", "民俗传播", "folk culture";
        StudyTour = "study_tour", "乡村研学", "rural study tours";
    }
}

codes! {
    /// 品牌带动运营范围 (7.5.2)
    BrandLedActivity {
        Planting = "planting", "农作物或经济作物种植", "crop growing";
        Aquaculture = "aquaculture", "水产养殖", "aquaculture";
        Processing = "processing", "特色农产品加工", "speciality produce processing";
        Sales = "sales", "销售", "sales";
    }
}

codes! {
    /// 面积单位 Unit of the base area (7.5.3).
    AreaUnit {
        Mu = "mu", "亩", "mu";
        SquareMetre = "m2", "平方米", "m²";
    }
}

codes! {
    /// 产业赋能运营范围 (7.6.2)
    EnablementService {
        Training = "training", "开展专业培训", "professional training";
        Seedlings = "seedlings", "推广优质种苗", "quality seedlings";
        Guidance = "guidance", "提供技术指导", "technical guidance";
    }
}

codes! {
    /// 流动供销服务 (7.7.2)
    MobileService {
        ConsumerGoods = "consumer_goods", "日用消费品", "daily consumer goods";
        ProducePurchase = "produce_purchase", "农产品收购", "buying farm produce";
    }
}

codes! {
    /// 侨助合作方 (7.8)
    PartnerKind {
        Enterprise = "enterprise", "侨企", "overseas-Chinese enterprise";
        Merchant = "merchant", "侨商", "overseas-Chinese merchant";
        Returnee = "returnee", "留学回国人员", "returned overseas student";
        ReturneeFamily = "returnee_family", "留学回国人员家属", "family of a returned overseas student";
    }
}

codes! {
    /// 侨助合作方式 (7.8)
    Cooperation {
        Investment = "investment", "投资合作", "investment";
        Orders = "orders", "提供订单金额", "orders";
    }
}

codes! {
    /// 红色管家联系角色 (5.1.2)
    StewardRole {
        TownshipLeader = "township_leader", "乡镇领导（联产业）", "township leader (industry)";
        ResidentCadre = "resident_cadre", "驻村（联社）干部（联技能）", "resident cadre (skills)";
        LocalTalent = "local_talent", "乡贤能人（联资源）", "local talent (resources)";
        VillageCadre = "village_cadre", "村（社区）干部（联运行）", "village cadre (operation)";
        GridMember = "grid_member", "网格党员（联服务）", "grid party member (services)";
    }
}

codes! {
    /// 场地类型 (6.1)
    SiteKind {
        PartyServiceCenter = "party_service_center", "党群服务中心", "party and community service centre";
        IdleHouse = "idle_house", "闲置房屋", "idle house";
        Factory = "factory", "车间厂房", "workshop or factory building";
        ScenicArea = "scenic_area", "景点景区", "scenic area";
        Homestay = "homestay", "乡村民宿", "rural homestay";
        HeritageStudio = "heritage_studio", "非遗技艺工作室", "intangible-heritage studio";
        Other = "other", "其他", "other";
    }
}

codes! {
    /// 利益联结模式 (8.3)
    BenefitModel {
        Labor = "labor", "劳务输出模式", "labour";
        Equity = "equity", "入股分红模式", "equity and dividends";
        Industry = "industry", "产业带动模式", "industry-driven";
        Skills = "skills", "技能帮带模式", "skills mentoring";
        Platform = "platform", "平台共享模式", "shared platforms";
        Other = "other", "其他模式", "other";
    }
}

codes! {
    /// 子品牌 (9.1)
    SubBrand {
        Shangeng = "shangeng", "山耕工坊", "Shangeng workshop";
        Shanjing = "shanjing", "山景工坊", "Shanjing workshop";
        Shanju = "shanju", "山居工坊", "Shanju workshop";
        Shanbo = "shanbo", "山播工坊", "Shanbo workshop";
        Other = "other", "其他", "other";
    }
}

codes! {
    /// 品牌推广方式 (9.2)
    Promotion {
        Platform = "platform", "平台推广", "platform promotion";
        Digital = "digital", "数智推广", "digital promotion";
        Events = "events", "活动推广", "events";
    }
}

section! {
    /// 基本信息 The workshop.
    Workshop at "workshop", paths workshop_paths {
        /// 工坊名称
        name: String,
        /// 所在县（市、区）
        county: County,
        /// 乡镇（街道）
        township: String,
        /// 村（社区）
        village: String,
        /// 详细地址
        address: String,
        /// 建成日期
        established: Date,
        /// 已在数字化平台上线 (4.5)
        on_platform: bool,
        /// 从事食品加工 (5.2.4)
        food_processing: bool,
        /// 食品生产许可证编号, "SC" + 14 digits (5.2.4)
        sc_license: ScLicense,
    }
}

section! {
    /// 运营主体 The operating entity.
    Operator at "operator", paths operator_paths {
        /// 运营主体名称
        name: String,
        /// 运营主体类型
        kind: OperatorKind,
        /// 统一社会信用代码 (GB 32100-2015)
        credit_code: CreditCode,
        /// 证照齐全、手续完备 (7.2.1)
        licenses_complete: bool,
    }
}

section! {
    /// 来料加工式 (7.1)
    Processing at "processing", paths processing_paths {
        /// 运营范围 (7.1.2)
        scope: Codes<ProcessingScope>,
        /// 工位数 (7.1.3)
        workstations: u64,
        /// 配备与加工相适应的设备和器具 (7.1.3)
        equipment: bool,
    }
}

section! {
    /// 定向招工式 (7.2)
    Recruitment at "recruitment", paths recruitment_paths {
        /// 提供的岗位 (7.2.2)
        jobs: Codes<RecruitmentJob>,
        /// 设置在企业厂房里的车间、生产线 (7.2.3)
        in_factory: bool,
        /// 工位数 (7.2.3)
        workstations: u64,
    }
}

section! {
    /// 电商直播式 (7.3)
    Livestream at "livestream", paths livestream_paths {
        /// 运营范围 (7.3.2)
        products: Codes<LivestreamProduct>,
        /// 直播场所 (7.3.3)
        venue: LivestreamVenue,
        /// 直播工位数 (7.3.3)
        stations: u64,
        /// 配备直播设备 (7.3.3)
        equipment: bool,
    }
}

section! {
    /// 农旅融合式 (7.4)
    Agritourism at "agritourism", paths agritourism_paths {
        /// 业态 (7.4.2)
        activities: Codes<AgritourismActivity>,
        /// 设置在乡村 (7.4.3)
        in_village: bool,
        /// 配备相应的农旅设施 (7.4.3)
        facilities: bool,
    }
}

section! {
    /// 品牌带动式 (7.5)
    BrandLed at "brand_led", paths brand_led_paths {
        /// 运营范围 (7.5.2)
        activities: Codes<BrandLedActivity>,
        /// 种、养殖基地面积 (7.5.3), as text also with its unit ("60亩")
        base_area: Area,
        /// 面积单位; absent (and no unit written with the area) means mu (亩)
        base_area_unit: AreaUnit,
        /// 相对固定的种、养殖基地 (7.5.3)
        fixed_base: bool,
        /// 配备齐全的农业现代化设施 (7.5.3)
        modern_facilities: bool,
    }
}

section! {
    /// 产业赋能式 (7.6)
    Enablement at "enablement", paths enablement_paths {
        /// 运营范围 (7.6.2)
        services: Codes<EnablementService>,
        /// 设置在固定的技术研发中心或生产研究基地 (7.6.3)
        fixed_center: bool,
    }
}

section! {
    /// 流动供销式 (7.7)
    MobileSupply at "mobile_supply", paths mobile_supply_paths {
        /// 服务内容 (7.7.2)
        services: Codes<MobileService>,
        /// 流动供销车辆数 (7.7.3)
        vehicles: u64,
    }
}

section! {
    /// 侨助共富式 (7.8)
    Overseas at "overseas", paths overseas_paths {
        /// 合作方名称
        partner: String,
        /// 合作方类型
        partner_kind: PartnerKind,
        /// 合作方式
        cooperation: Cooperation,
        /// 订单金额比例（%），0 < x ≤ 100
        order_share_percent: f64,
    }
}

section! {
    /// 山海协作式 (7.9)
    MountainSea at "mountain_sea", paths mountain_sea_paths {
        /// 合作龙头企业
        partner: String,
        /// 合作方所在地区
        partner_region: String,
        /// 合作项目
        project: String,
    }
}

section! {
    /// "一坊三图" (5.1.1)
    Maps at "party.maps", paths maps_paths {
        /// 党建联建图
        alliance: bool,
        /// 工坊运行图
        operation: bool,
        /// 红色管家图
        stewards: bool,
    }
}

section! {
    /// 红色管家 One red steward (3.2, 5.1.2, 5.2.1).
    Steward at "party.stewards[]", paths steward_paths {
        /// 联系角色
        role: StewardRole,
        /// 姓名
        name: String,
        /// 工作单位
        unit: String,
        /// 职务
        title: String,
        /// 联系电话
        phone: Phone,
    }
}

section! {
    /// 党建联建 (chapter 5)
    Party at "party", paths party_paths {
        /// 共富工坊党组织 (4.1)
        organization: bool,
        /// "一坊三图" (5.1.1)
        maps: Maps,
        /// 红色管家名册 (5.1.2, 5.2.1)
        stewards: Items<Steward>,
        /// 红色管家信息已在工坊公开 (5.2.1)
        stewards_public: bool,
        /// 服务清单 (5.2.2)
        service_list: bool,
        /// 每月走访次数 (5.2.3)
        visits_per_month: u64,
        /// 每季度召开小组会议 (5.2.3)
        quarterly_meeting: bool,
    }
}

section! {
    /// 场地要求 (chapter 6)
    Site at "site", paths site_paths {
        /// 场地类型 (6.1)
        kind: SiteKind,
        /// "丽水山递"覆盖 (6.2)
        logistics: bool,
        /// 布局合理、环境干净整洁 (6.3)
        tidy: bool,
        /// 共富学堂 (6.3)
        academy: bool,
        /// 共富工坊标识 (6.4)
        signage: bool,
        /// 符合 GB/T 10001.1 的安全警示标志、标牌 (6.4)
        safety_signs: bool,
        /// 灭火器数量 (6.5)
        fire_extinguishers: u64,
    }
}

section! {
    /// 管理制度 (8.7)
    Systems at "operations.systems", paths systems_paths {
        /// 生产管理制度
        production: bool,
        /// 人员管理制度
        personnel: bool,
        /// 安全管理制度
        safety: bool,
    }
}

section! {
    /// 运营要求 (chapter 8)
    Operations at "operations", paths operations_paths {
        /// 申报人声明所填属实，接受准入审核 (8.1)
        declaration: bool,
        /// 合作金融机构 (8.2)
        finance_partner: String,
        /// 利益联结模式 (8.3)
        benefit_models: Codes<BenefitModel>,
        /// 其他利益联结模式的说明 (8.3)
        benefit_models_other: String,
        /// 开展技能培训 (8.4)
        skills_training: bool,
        /// 发放培训证明 (8.4)
        certificates: bool,
        /// 每年组织从业人员参加培训次数 (8.5)
        trainings_per_year: u64,
        /// 从业人员数
        employees: u64,
        /// 其中低收入农户 (8.6)
        low_income_employees: u64,
        /// 其中有培训证明的共富学堂学员 (8.6)
        trainee_employees: u64,
        /// 管理制度 (8.7)
        systems: Systems,
        /// 对从业人员开展集中保险 (8.7)
        group_insurance: bool,
    }
}

section! {
    /// 品牌管理 (chapter 9)
    Brand at "brand", paths brand_paths {
        /// 子品牌 (9.1)
        sub_brand: SubBrand,
        /// 推广方式 (9.2)
        promotion: Codes<Promotion>,
        /// 最近一次星级评定日期 (9.3)
        last_star_rating: Date,
    }
}

section! {
    /// A filing under DB3311/T 244—2023, contract v1. Every key is optional.
    Filing at "", paths filing_paths {
        /// Contract version, 1
        version: u64,
        /// 申报日期; when absent, today
        filing_date: Date,
        /// 基本信息
        workshop: Workshop,
        /// 运营主体
        operator: Operator,
        /// 模式 (chapter 7); several may be chosen
        modes: Codes<Mode>,
        /// 来料加工式 (7.1), read only when chosen
        processing: Processing,
        /// 定向招工式 (7.2), read only when chosen
        recruitment: Recruitment,
        /// 电商直播式 (7.3), read only when chosen
        livestream: Livestream,
        /// 农旅融合式 (7.4), read only when chosen
        agritourism: Agritourism,
        /// 品牌带动式 (7.5), read only when chosen
        brand_led: BrandLed,
        /// 产业赋能式 (7.6), read only when chosen
        enablement: Enablement,
        /// 流动供销式 (7.7), read only when chosen
        mobile_supply: MobileSupply,
        /// 侨助共富式 (7.8), read only when chosen
        overseas: Overseas,
        /// 山海协作式 (7.9), read only when chosen
        mountain_sea: MountainSea,
        /// 党建联建 (chapter 5)
        party: Party,
        /// 场地 (chapter 6)
        site: Site,
        /// 运营 (chapter 8)
        operations: Operations,
        /// 品牌 (chapter 9)
        brand: Brand,
    }
}

impl BrandLed {
    /// The unit the base area is in: the one written with the number
    /// ("60亩"), else the one chosen, else 亩 (filing-v1.md §4). `None` when
    /// it cannot be told: the written and the chosen unit differ, or the
    /// chosen one is not listed and none is written.
    pub fn area_unit(&self) -> Option<AreaUnit> {
        match (self.written_area_unit(), &self.base_area_unit) {
            (Some(w), Input::Given(chosen)) if w != *chosen => None,
            (Some(w), _) => Some(w),
            (None, Input::Given(chosen)) => Some(*chosen),
            (None, Input::Absent) => Some(AreaUnit::Mu),
            (None, Input::Bad(_)) => None,
        }
    }

    /// The area was written with one unit and the other was chosen.
    pub fn area_units_disagree(&self) -> bool {
        matches!((self.written_area_unit(), &self.base_area_unit), (Some(w), Input::Given(chosen)) if w != *chosen)
    }

    /// The unit written after the area's number, if any.
    fn written_area_unit(&self) -> Option<AreaUnit> {
        use crate::input::Code;
        self.base_area.given().and_then(|a| a.written_unit).map(|i| AreaUnit::ALL[i].0)
    }
}

impl Filing {
    /// The modes chosen, well-formed ones only.
    pub fn modes(&self) -> &[Mode] {
        self.modes.given().map_or(&[], |m| &m.listed)
    }

    pub fn has_mode(&self, mode: Mode) -> bool {
        self.modes().contains(&mode)
    }

    /// Every data-format problem of the filing, with its field path, in
    /// the contract's field order: one walk of the fields' values
    /// ([`Fields`]). The block of a mode that is not chosen is not read
    /// (filing-v1.md §4).
    pub fn format_problems(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        // One buffer for the whole walk, grown and cut back as it goes down
        // and up (a string per group was a noticeable share of validating a
        // filing in wasm).
        let path = &mut String::with_capacity(64);
        let chosen = self.modes();
        self.each_field(&mut |name, entry| {
            let mode = Mode::ALL.iter().find(|(_, code, ..)| *code == name);
            if mode.map_or(true, |(m, ..)| chosen.contains(m)) {
                problems_of(entry, name, path, &mut out);
            }
        });
        out
    }
}

/// The format problems of the field `name` (inside the group at `path`)
/// and, for a group, a list of groups or a list of codes, of what it holds.
/// The path is written only when there is something to report or to walk into.
fn problems_of(entry: Entry<'_>, name: &str, path: &mut String, out: &mut Vec<(String, Problem)>) {
    let inner = matches!(entry, Entry::Given(Value::Group(_) | Value::Items(_) | Value::Codes(_)));
    if !inner && !matches!(entry, Entry::Bad(_)) {
        return;
    }
    let len = path.len();
    if len > 0 {
        path.push('.');
    }
    path.push_str(name);
    value_problems(entry, path, out);
    path.truncate(len);
}

/// The format problems of a value at `path` (its own, or inside it).
fn value_problems(entry: Entry<'_>, path: &mut String, out: &mut Vec<(String, Problem)>) {
    match entry {
        Entry::Bad(p) => out.push((path.clone(), p.clone())),
        Entry::Given(Value::Group(g)) => g.each_field(&mut |name, e| problems_of(e, name, path, out)),
        // Only items with a problem or fields inside are walked into; the
        // index is written without the formatting machinery.
        Entry::Given(Value::Items(items)) => {
            let mut i = 0;
            items.each_item(&mut |item| {
                if !matches!(item, Entry::Absent) {
                    let len = path.len();
                    path.push('[');
                    crate::formats::push_count(i, path);
                    path.push(']');
                    value_problems(item, path, out);
                    path.truncate(len);
                }
                i += 1;
            });
        }
        // A list of codes: its unlisted value.
        Entry::Given(Value::Codes(codes)) => {
            if let Some(p) = codes.unlisted() {
                out.push((path.clone(), p.clone()));
            }
        }
        _ => {}
    }
}

/// Every field path of the contract, defined once (generated by
/// `section!`): `paths::site::fire_extinguishers`,
/// `paths::party::stewards::phone` (an item's field, `party.stewards[].phone`).
#[allow(non_upper_case_globals)]
pub mod paths {
    pub use super::filing_paths::*;
    pub use super::{
        agritourism_paths as agritourism, brand_led_paths as brand_led, brand_paths as brand,
        enablement_paths as enablement, livestream_paths as livestream, mobile_supply_paths as mobile_supply,
        mountain_sea_paths as mountain_sea, operator_paths as operator, overseas_paths as overseas,
        processing_paths as processing, recruitment_paths as recruitment, site_paths as site,
        workshop_paths as workshop,
    };
    pub mod party {
        use crate::prelude::*;

        pub use super::super::maps_paths as maps;
        pub use super::super::party_paths::*;
        pub use super::super::steward_paths as stewards;

        /// The path of field `name` of steward `i`: `party.stewards[i].name`.
        pub fn steward(i: usize, name: &str) -> String {
            format!("{PATH}.stewards[{i}].{name}")
        }
    }
    pub mod operations {
        pub use super::super::operations_paths::*;
        pub use super::super::systems_paths as systems;
    }
}

/// Every field of the contract, depth first, with its kind and codes; items
/// of a list of groups appear once, with `[]` in the path.
pub fn all_fields() -> Vec<FieldInfo> {
    fn add(out: &mut Vec<FieldInfo>, fields: FieldTable) {
        for (path, kind, codes, _) in fields {
            out.push((path, *kind, codes()));
            if let Some(inner) = group_fields(path) {
                add(out, inner);
            }
        }
    }
    let mut out = Vec::new();
    add(&mut out, filing_paths::FIELDS);
    out
}

/// The template of a path: `party.stewards[3].phone` →
/// `party.stewards[].phone` (the form of `all_fields()`).
pub fn template_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            c if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

/// The codes, with their names, of the code field at `path` (an item's
/// field written with `[]`); empty for any other field.
pub fn code_names(path: &str) -> CodeNames {
    fn find(fields: FieldTable, path: &str) -> Option<CodeNames> {
        fields.iter().find_map(|(p, _, _, names)| {
            if *p == path {
                Some(names())
            } else if path.starts_with(p) {
                group_fields(p).and_then(|inner| find(inner, path))
            } else {
                None
            }
        })
    }
    find(filing_paths::FIELDS, path).unwrap_or(&[])
}

/// The fields of the group at `path`, if it is one.
fn group_fields(path: &str) -> Option<FieldTable> {
    Some(match path {
        "workshop" => workshop_paths::FIELDS,
        "operator" => operator_paths::FIELDS,
        "processing" => processing_paths::FIELDS,
        "recruitment" => recruitment_paths::FIELDS,
        "livestream" => livestream_paths::FIELDS,
        "agritourism" => agritourism_paths::FIELDS,
        "brand_led" => brand_led_paths::FIELDS,
        "enablement" => enablement_paths::FIELDS,
        "mobile_supply" => mobile_supply_paths::FIELDS,
        "overseas" => overseas_paths::FIELDS,
        "mountain_sea" => mountain_sea_paths::FIELDS,
        "party" => party_paths::FIELDS,
        "party.maps" => maps_paths::FIELDS,
        "party.stewards" => steward_paths::FIELDS,
        "site" => site_paths::FIELDS,
        "operations" => operations_paths::FIELDS,
        "operations.systems" => systems_paths::FIELDS,
        "brand" => brand_paths::FIELDS,
        _ => return None,
    })
}

/// How a value typed as text was read, when that is not plainly what was
/// typed: `"1,200"` → 1200, `"3个"` → 3, `"60亩"` → 60 亩, `"+86 139 0578
/// 1234"` → 13905781234. `None` when there is nothing to add (the text is
/// the number as written, or it does not read at all: its format finding
/// says so). For the form to show under the field (filing-v1.md §4).
pub fn reading(path: &str, kind: FieldKind, text: &str, lang: crate::terms::Lang) -> Option<String> {
    let typed = crate::formats::trim(text);
    if typed.is_empty() || !has_reading(path, kind) {
        return None;
    }
    let raw = Raw::Str(alloc::borrow::Cow::Borrowed(typed));
    let read = if path == paths::brand_led::base_area {
        let area = <Area as crate::input::Read>::read(&raw).ok()?;
        let number = crate::formats::number_text(area.value);
        match area.written_unit {
            Some(i) => {
                let unit = <AreaUnit as crate::input::Code>::ALL[i];
                format!("{number} {}", if lang == crate::terms::Lang::Zh { unit.2 } else { unit.3 })
            }
            None => number,
        }
    } else if path.ends_with("].phone") {
        crate::formats::phone(typed)?
    } else {
        match kind {
            FieldKind::Count => crate::formats::number_text(<u64 as crate::input::Read>::read(&raw).ok()? as f64),
            FieldKind::Number => crate::formats::number_text(<f64 as crate::input::Read>::read(&raw).ok()?),
            _ => return None,
        }
    };
    if read == typed {
        return None;
    }
    Some(match lang {
        crate::terms::Lang::Zh => format!("按 {read} 计"),
        crate::terms::Lang::En => format!("Read as {read}"),
    })
}

/// Whether a field can be typed otherwise than it reads (a number, a count,
/// a phone), so that [`reading`] may have something to say of it.
pub fn has_reading(path: &str, kind: FieldKind) -> bool {
    matches!(kind, FieldKind::Count | FieldKind::Number) || path.ends_with("].phone")
}

#[cfg(test)]
mod reading_tests {
    use super::reading;
    use super::FieldKind::{Count, Number, Text};
    use crate::terms::Lang::{En, Zh};

    #[test]
    fn what_people_type_is_shown_as_read() {
        assert_eq!(reading("operations.employees", Count, "1,200", Zh).as_deref(), Some("按 1200 计"));
        assert_eq!(reading("site.fire_extinguishers", Count, "3个", Zh).as_deref(), Some("按 3 计"));
        assert_eq!(reading("site.fire_extinguishers", Count, "３", En).as_deref(), Some("Read as 3"));
        assert_eq!(reading("brand_led.base_area", Number, "60亩", Zh).as_deref(), Some("按 60 亩 计"));
        assert_eq!(reading("brand_led.base_area", Number, "3,000 m²", En).as_deref(), Some("Read as 3000 m²"));
        assert_eq!(
            reading("party.stewards[2].phone", Text, "+86 139 0578 1234", Zh).as_deref(),
            Some("按 13905781234 计")
        );
        // Nothing to add: typed as read, or not readable (a format finding says so).
        assert_eq!(reading("site.fire_extinguishers", Count, "3", Zh), None);
        assert_eq!(reading("site.fire_extinguishers", Count, " 3 ", Zh), None);
        assert_eq!(reading("site.fire_extinguishers", Count, "三", Zh), None);
        assert_eq!(reading("party.stewards[0].phone", Text, "13905781234", Zh), None);
        assert_eq!(reading("workshop.name", Text, "1,200", Zh), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Code;

    /// Each mode's block is the top-level section named by the mode's code:
    /// the canonical filing and the form's mode blocks rely on it.
    #[test]
    fn each_mode_block_is_named_by_its_code() {
        for (_, code, _, _) in Mode::ALL {
            let field = filing_paths::FIELDS.iter().find(|(name, _, _, _)| name == code);
            assert!(matches!(field, Some((_, FieldKind::Section, _, _))), "no section `{code}` in the filing");
        }
    }

    fn read(text: &str) -> Result<Filing, crate::Rejected> {
        crate::read_str(text)
    }

    /// The one reader through `dyn Slot`: what each shape of value becomes.
    #[test]
    fn the_reader_puts_each_value_in_its_place() {
        let f = read(
            r#"{"party":{"stewards":[null,{"name":" 李四 "},[1],"x",{"name":"王五","phone":13905781234}]},
            "modes":["processing",["livestream"],{"a":1},"processing",null,"brand_led"],
            "workshop":{"name":"甲","name":"乙"},"site":[1,{"fire_extinguishers":2}],"unknown":{"a":[{"b":1}]}}"#,
        )
        .unwrap();
        let stewards = &f.party.given().unwrap().stewards.given().unwrap().0;
        // Every item keeps its input position: null is not given, an array or a string is not an object.
        assert_eq!(stewards.len(), 5);
        assert!(stewards[0].is_absent());
        assert_eq!(stewards[1].given().unwrap().name, Input::Given("李四".to_owned()));
        assert_eq!(stewards[2], Input::Bad(Problem::NotAnObject));
        assert_eq!(stewards[3], Input::Bad(Problem::NotAnObject));
        // A phone written as a JSON number is not text (filing-v1.md §1).
        assert_eq!(stewards[4].given().unwrap().phone.problem(), Some(&Problem::NotText));
        // Listed modes kept once, in order; the first unlisted item is the list's problem.
        let modes = f.modes.given().unwrap();
        assert_eq!(modes.listed, vec![Mode::Processing, Mode::BrandLed]);
        assert_eq!(modes.unlisted, Some(Problem::NotListed("[…]".into())));
        // A later duplicate key wins, as in JSON.parse.
        assert_eq!(f.workshop.given().unwrap().name, Input::Given("乙".to_owned()));
        assert_eq!(f.site, Input::Bad(Problem::NotAnObject));
    }

    #[test]
    fn lists_of_the_wrong_shape_and_too_long() {
        let f = read(r#"{"modes":"processing","party":{"stewards":{"name":"x"}}}"#).unwrap();
        assert_eq!(f.modes, Input::Bad(Problem::NotAList));
        assert_eq!(f.party.given().unwrap().stewards, Input::Bad(Problem::NotAList));
        let f = read(r#"{"modes":null,"party":{"stewards":" "}}"#).unwrap();
        assert_eq!(f.modes, Input::Given(Codes::default()));
        assert_eq!(f.party.given().unwrap().stewards, Input::Given(Items(Vec::new())));
        let many = format!(r#"{{"modes":[{}"processing"]}}"#, r#""livestream","#.repeat(crate::input::MAX_LIST_ITEMS));
        assert_eq!(read(&many).unwrap().modes, Input::Bad(Problem::TooManyItems));
        let exactly =
            format!(r#"{{"modes":[{}"processing"]}}"#, r#""livestream","#.repeat(crate::input::MAX_LIST_ITEMS - 1));
        assert_eq!(read(&exactly).unwrap().modes.given().unwrap().listed, vec![Mode::Livestream, Mode::Processing]);
    }

    /// The parser's depth limit holds for what is skipped as for what is
    /// read: a value nested past 128 levels is one error, wherever it is.
    #[test]
    fn nesting_past_the_depth_limit_is_rejected_wherever_it_is() {
        let nested = |key: &str, depth: usize| format!(r#"{{"{key}":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
        assert_eq!(read(&nested("site", 100)).unwrap().site, Input::Bad(Problem::NotAnObject));
        assert!(read(&nested("unknown", 100)).is_ok());
        for key in ["site", "unknown", "modes", "version"] {
            let e = read(&nested(key, 1000)).unwrap_err();
            assert!(e.0.contains("recursion limit exceeded"), "{key}: {e}");
        }
        let e = read(&nested("x", 100_000)).unwrap_err();
        assert!(e.0.contains("recursion limit exceeded"), "{e}");
    }
}
