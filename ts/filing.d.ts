// Generated from the Rust model and the field table by `cargo xtask generate`; do not edit.
// Every key is optional; null and blank strings mean "not given" (filing-v1.md §1).

export interface Filing {
  /** 合同版本 · Contract version */
  version?: number | string | null;
  /** 申报日期 · Filing date */
  filing_date?: string | null;
  /** 基本信息 · About the workshop */
  workshop?: Workshop | null;
  /** 运营主体 · Operating entity */
  operator?: Operator | null;
  /** 工坊采用的模式（可多选） · Modes the workshop uses (tick all that apply) */
  modes?: Array<"processing" | "recruitment" | "livestream" | "agritourism" | "brand_led" | "enablement" | "mobile_supply" | "overseas" | "mountain_sea" | "" | null> | null;
  /** 来料加工式 · Outsourced processing */
  processing?: Processing | null;
  /** 定向招工式 · Targeted recruitment */
  recruitment?: Recruitment | null;
  /** 电商直播式 · E-commerce livestreaming */
  livestream?: Livestream | null;
  /** 农旅融合式 · Agriculture and tourism */
  agritourism?: Agritourism | null;
  /** 品牌带动式 · Brand-led */
  brand_led?: BrandLed | null;
  /** 产业赋能式 · Industry enablement */
  enablement?: Enablement | null;
  /** 流动供销式 · Mobile supply and marketing */
  mobile_supply?: MobileSupply | null;
  /** 侨助共富式 · Overseas-Chinese aid */
  overseas?: Overseas | null;
  /** 山海协作式 · Mountain–sea cooperation */
  mountain_sea?: MountainSea | null;
  /** 党建联建 · Party-building alliance */
  party?: Party | null;
  /** 场地 · Site */
  site?: Site | null;
  /** 运营 · Operations */
  operations?: Operations | null;
  /** 品牌 · Brand */
  brand?: Brand | null;
}

/** 基本信息 · About the workshop */
export interface Workshop {
  /** 工坊名称 · Workshop name */
  name?: string | null;
  /** 所在县（市、区） · County, city or district */
  county?: "liandu" | "longquan" | "qingtian" | "jinyun" | "suichang" | "songyang" | "yunhe" | "qingyuan" | "jingning" | "etdz" | "" | null;
  /** 乡镇（街道） · Township or subdistrict */
  township?: string | null;
  /** 村（社区） · Village or community */
  village?: string | null;
  /** 详细地址 · Full address */
  address?: string | null;
  /** 建成日期 · Date established */
  established?: string | null;
  /** 已在数字化平台上线 · Listed on the digital platform */
  on_platform?: boolean | "true" | "false" | null;
  /** 从事食品加工 · Does food processing */
  food_processing?: boolean | "true" | "false" | null;
  /** 食品生产许可证编号 · Food production licence number */
  sc_license?: string | null;
}

/** 运营主体 · Operating entity */
export interface Operator {
  /** 运营主体名称 · Name of the operating entity */
  name?: string | null;
  /** 运营主体类型 · Kind of operating entity */
  kind?: "village_company" | "community_company" | "village_coop" | "processing_enterprise" | "broker" | "manufacturer" | "agri_enterprise" | "ecommerce_enterprise" | "livestreamer" | "mixed_ownership" | "tourism_enterprise" | "enterprise" | "sole_trader" | "research_institute" | "leading_agri_enterprise" | "vehicle_owner" | "other" | "" | null;
  /** 统一社会信用代码 · Unified social credit code */
  credit_code?: string | null;
  /** 证照齐全、手续完备 · Licences and formalities complete */
  licenses_complete?: boolean | "true" | "false" | null;
}

/** 来料加工式 · Outsourced processing */
export interface Processing {
  /** 运营范围 · Scope of work */
  scope?: Array<"handicraft" | "assembly" | "sewing" | "other" | "" | null> | null;
  /** 工位数 · Number of workstations */
  workstations?: number | string | null;
  /** 已配备与加工相适应的设备和器具 · Has equipment and tools suited to the work */
  equipment?: boolean | "true" | "false" | null;
}

/** 定向招工式 · Targeted recruitment */
export interface Recruitment {
  /** 提供的工作岗位 · Jobs offered */
  jobs?: Array<"basic_processing" | "seasonal" | "" | null> | null;
  /** 设置在企业厂房里的车间、生产线 · Set in a workshop or production line in the company’s factory */
  in_factory?: boolean | "true" | "false" | null;
  /** 工位数 · Number of workstations */
  workstations?: number | string | null;
}

/** 电商直播式 · E-commerce livestreaming */
export interface Livestream {
  /** 运营范围 · Products sold */
  products?: Array<"agricultural" | "industrial" | "other" | "" | null> | null;
  /** 直播场所 · Livestream venue */
  venue?: "ecommerce_center" | "village_studio" | "park" | "ecommerce_enterprise" | "idle_house" | "other" | "" | null;
  /** 直播工位数 · Number of livestream stations */
  stations?: number | string | null;
  /** 已配备直播设备 · Has livestreaming equipment */
  equipment?: boolean | "true" | "false" | null;
}

/** 农旅融合式 · Agriculture and tourism */
export interface Agritourism {
  /** 农旅融合业态 · Agritourism activities */
  activities?: Array<"creative" | "sightseeing" | "homestay" | "farming" | "folk_culture" | "study_tour" | "" | null> | null;
  /** 设置在乡村，结合当地特色资源打造 · Set in the countryside, built on local resources */
  in_village?: boolean | "true" | "false" | null;
  /** 已配备相应的农旅设施 · Has suitable agritourism facilities */
  facilities?: boolean | "true" | "false" | null;
}

/** 品牌带动式 · Brand-led */
export interface BrandLed {
  /** 运营范围 · Scope of work */
  activities?: Array<"planting" | "aquaculture" | "processing" | "sales" | "" | null> | null;
  /** 种、养殖基地面积 · Area of the growing or breeding base */
  base_area?: number | string | null;
  /** 面积单位 · Unit of area */
  base_area_unit?: "mu" | "m2" | "" | null;
  /** 设置在相对固定的种、养殖基地 · Set on a fixed growing or breeding base */
  fixed_base?: boolean | "true" | "false" | null;
  /** 已配备齐全的农业现代化设施 · Has complete modern farming facilities */
  modern_facilities?: boolean | "true" | "false" | null;
}

/** 产业赋能式 · Industry enablement */
export interface Enablement {
  /** 运营范围 · Services offered */
  services?: Array<"training" | "seedlings" | "guidance" | "" | null> | null;
  /** 设置在固定的技术研发中心或生产研究基地 · Set in a fixed R&D centre or research base */
  fixed_center?: boolean | "true" | "false" | null;
}

/** 流动供销式 · Mobile supply and marketing */
export interface MobileSupply {
  /** 为山区群众提供的服务 · Services for mountain villagers */
  services?: Array<"consumer_goods" | "produce_purchase" | "" | null> | null;
  /** 流动供销车辆数 · Number of mobile supply vehicles */
  vehicles?: number | string | null;
}

/** 侨助共富式 · Overseas-Chinese aid */
export interface Overseas {
  /** 合作方名称 · Partner’s name */
  partner?: string | null;
  /** 合作方类型 · Kind of partner */
  partner_kind?: "enterprise" | "merchant" | "returnee" | "returnee_family" | "" | null;
  /** 合作方式 · Form of cooperation */
  cooperation?: "investment" | "orders" | "" | null;
  /** 订单金额比例（%） · Share of orders (%) */
  order_share_percent?: number | string | null;
}

/** 山海协作式 · Mountain–sea cooperation */
export interface MountainSea {
  /** 合作龙头企业 · Partner leading enterprise */
  partner?: string | null;
  /** 合作方所在地区 · Partner’s region */
  partner_region?: string | null;
  /** 合作项目 · Cooperation project */
  project?: string | null;
}

/** 党建联建 · Party-building alliance */
export interface Party {
  /** 已设立共富工坊党组织 · Has a workshop party organisation */
  organization?: boolean | "true" | "false" | null;
  /** “一坊三图”工作机制 · The “one workshop, three maps” mechanism */
  maps?: PartyMaps | null;
  /** 红色管家名册 · Red stewards */
  stewards?: Array<Steward | null> | null;
  /** 红色管家的姓名、工作单位、联系电话已在工坊公开 · Stewards’ names, employers and phone numbers are displayed at the workshop */
  stewards_public?: boolean | "true" | "false" | null;
  /** 已建立服务清单 · Has a service list */
  service_list?: boolean | "true" | "false" | null;
  /** 红色管家每月走访次数 · Steward visits per month */
  visits_per_month?: number | string | null;
  /** 每季度召开小组会议交流工作情况 · Holds a group meeting every quarter */
  quarterly_meeting?: boolean | "true" | "false" | null;
}

/** “一坊三图”工作机制 · The “one workshop, three maps” mechanism */
export interface PartyMaps {
  /** 已构建“党建联建图” · Has a party-building alliance map */
  alliance?: boolean | "true" | "false" | null;
  /** 已构建“工坊运行图” · Has a workshop operation map */
  operation?: boolean | "true" | "false" | null;
  /** 已构建“红色管家图” · Has a red steward map */
  stewards?: boolean | "true" | "false" | null;
}

/** 红色管家 · Red steward */
export interface Steward {
  /** 联系角色 · Role */
  role?: "township_leader" | "resident_cadre" | "local_talent" | "village_cadre" | "grid_member" | "" | null;
  /** 姓名 · Name */
  name?: string | null;
  /** 工作单位 · Employer */
  unit?: string | null;
  /** 职务 · Position */
  title?: string | null;
  /** 联系电话 · Phone */
  phone?: string | null;
}

/** 场地 · Site */
export interface Site {
  /** 场地类型 · Kind of site */
  kind?: "party_service_center" | "idle_house" | "factory" | "scenic_area" | "homestay" | "heritage_studio" | "other" | "" | null;
  /** “丽水山递”已覆盖 · Covered by the “Lishui Shandi” rural delivery network */
  logistics?: boolean | "true" | "false" | null;
  /** 布局合理、环境干净整洁 · Well laid out, clean and tidy */
  tidy?: boolean | "true" | "false" | null;
  /** 已在工坊内建立共富学堂 · Has a common prosperity academy on site */
  academy?: boolean | "true" | "false" | null;
  /** 有共富工坊标识 · Displays the workshop sign */
  signage?: boolean | "true" | "false" | null;
  /** 有醒目的安全警示标志、标牌，符合 GB/T 10001.1 · Has clear safety signs meeting GB/T 10001.1 */
  safety_signs?: boolean | "true" | "false" | null;
  /** 灭火器数量 · Number of fire extinguishers */
  fire_extinguishers?: number | string | null;
}

/** 运营 · Operations */
export interface Operations {
  /** 本人声明所填信息属实，同意接受准入审核 · I declare this filing is true and accept the admission review */
  declaration?: boolean | "true" | "false" | null;
  /** 合作金融机构 · Partner financial institution */
  finance_partner?: string | null;
  /** 利益联结模式（可多选） · Benefit-linkage models (tick all that apply) */
  benefit_models?: Array<"labor" | "equity" | "industry" | "skills" | "platform" | "other" | "" | null> | null;
  /** 其他模式说明 · Describe the other model */
  benefit_models_other?: string | null;
  /** 已利用共富学堂等培训基地开展技能培训 · Runs skills training, for example in the common prosperity academy */
  skills_training?: boolean | "true" | "false" | null;
  /** 为参训人员发放培训证明 · Gives training certificates */
  certificates?: boolean | "true" | "false" | null;
  /** 每年组织从业人员参加培训次数 · Staff trainings per year */
  trainings_per_year?: number | string | null;
  /** 从业人员数 · Number of workers */
  employees?: number | string | null;
  /** 其中：有劳动能力的低收入农户人数 · Of whom: from low-income households */
  low_income_employees?: number | string | null;
  /** 其中：有培训证明的共富学堂学员人数 · Of whom: certified common prosperity academy trainees */
  trainee_employees?: number | string | null;
  /** 管理制度 · Management systems */
  systems?: OperationsSystems | null;
  /** 已对从业人员开展集中保险 · Workers are covered by group insurance */
  group_insurance?: boolean | "true" | "false" | null;
}

/** 管理制度 · Management systems */
export interface OperationsSystems {
  /** 已建立生产管理制度 · Has production rules */
  production?: boolean | "true" | "false" | null;
  /** 已建立人员管理制度 · Has personnel rules */
  personnel?: boolean | "true" | "false" | null;
  /** 已建立安全管理制度 · Has safety rules */
  safety?: boolean | "true" | "false" | null;
}

/** 品牌 · Brand */
export interface Brand {
  /** 子品牌 · Sub-brand */
  sub_brand?: "shangeng" | "shanjing" | "shanju" | "shanbo" | "other" | "" | null;
  /** 品牌推广方式 · How the brand is promoted */
  promotion?: Array<"platform" | "digital" | "events" | "" | null> | null;
  /** 最近一次星级评定日期 · Date of the last star rating */
  last_star_rating?: string | null;
}

/** A finding's `field`: a path of the contract (`""` is the filing itself). */
export type FieldPath =
  | ""
  | "version"
  | "filing_date"
  | "workshop"
  | "workshop.name"
  | "workshop.county"
  | "workshop.township"
  | "workshop.village"
  | "workshop.address"
  | "workshop.established"
  | "workshop.on_platform"
  | "workshop.food_processing"
  | "workshop.sc_license"
  | "operator"
  | "operator.name"
  | "operator.kind"
  | "operator.credit_code"
  | "operator.licenses_complete"
  | "modes"
  | `modes[${number}]`
  | "processing"
  | "processing.scope"
  | `processing.scope[${number}]`
  | "processing.workstations"
  | "processing.equipment"
  | "recruitment"
  | "recruitment.jobs"
  | `recruitment.jobs[${number}]`
  | "recruitment.in_factory"
  | "recruitment.workstations"
  | "livestream"
  | "livestream.products"
  | `livestream.products[${number}]`
  | "livestream.venue"
  | "livestream.stations"
  | "livestream.equipment"
  | "agritourism"
  | "agritourism.activities"
  | `agritourism.activities[${number}]`
  | "agritourism.in_village"
  | "agritourism.facilities"
  | "brand_led"
  | "brand_led.activities"
  | `brand_led.activities[${number}]`
  | "brand_led.base_area"
  | "brand_led.base_area_unit"
  | "brand_led.fixed_base"
  | "brand_led.modern_facilities"
  | "enablement"
  | "enablement.services"
  | `enablement.services[${number}]`
  | "enablement.fixed_center"
  | "mobile_supply"
  | "mobile_supply.services"
  | `mobile_supply.services[${number}]`
  | "mobile_supply.vehicles"
  | "overseas"
  | "overseas.partner"
  | "overseas.partner_kind"
  | "overseas.cooperation"
  | "overseas.order_share_percent"
  | "mountain_sea"
  | "mountain_sea.partner"
  | "mountain_sea.partner_region"
  | "mountain_sea.project"
  | "party"
  | "party.organization"
  | "party.maps"
  | "party.maps.alliance"
  | "party.maps.operation"
  | "party.maps.stewards"
  | "party.stewards"
  | `party.stewards[${number}]`
  | `party.stewards[${number}].role`
  | `party.stewards[${number}].name`
  | `party.stewards[${number}].unit`
  | `party.stewards[${number}].title`
  | `party.stewards[${number}].phone`
  | "party.stewards_public"
  | "party.service_list"
  | "party.visits_per_month"
  | "party.quarterly_meeting"
  | "site"
  | "site.kind"
  | "site.logistics"
  | "site.tidy"
  | "site.academy"
  | "site.signage"
  | "site.safety_signs"
  | "site.fire_extinguishers"
  | "operations"
  | "operations.declaration"
  | "operations.finance_partner"
  | "operations.benefit_models"
  | `operations.benefit_models[${number}]`
  | "operations.benefit_models_other"
  | "operations.skills_training"
  | "operations.certificates"
  | "operations.trainings_per_year"
  | "operations.employees"
  | "operations.low_income_employees"
  | "operations.trainee_employees"
  | "operations.systems"
  | "operations.systems.production"
  | "operations.systems.personnel"
  | "operations.systems.safety"
  | "operations.group_insurance"
  | "brand"
  | "brand.sub_brand"
  | "brand.promotion"
  | `brand.promotion[${number}]`
  | "brand.last_star_rating";

/** A clause number of DB3311/T 244—2023 in the catalogue. */
export type Clause =
  | "4.1"
  | "4.2"
  | "4.3"
  | "4.4"
  | "4.5"
  | "5.1.1"
  | "5.1.2"
  | "5.1.3"
  | "5.2.1"
  | "5.2.2"
  | "5.2.3"
  | "5.2.4"
  | "6.1"
  | "6.2"
  | "6.3"
  | "6.4"
  | "6.5"
  | "7"
  | "7.1.1"
  | "7.1.2"
  | "7.1.3"
  | "7.2.1"
  | "7.2.2"
  | "7.2.3"
  | "7.3.1"
  | "7.3.2"
  | "7.3.3"
  | "7.4.1"
  | "7.4.2"
  | "7.4.3"
  | "7.5.1"
  | "7.5.2"
  | "7.5.3"
  | "7.6.1"
  | "7.6.2"
  | "7.6.3"
  | "7.7.1"
  | "7.7.2"
  | "7.7.3"
  | "7.8"
  | "7.9"
  | "8.1"
  | "8.2"
  | "8.3"
  | "8.4"
  | "8.5"
  | "8.6"
  | "8.7"
  | "9.1"
  | "9.2"
  | "9.3";
