// Generated from the Rust model by `UPDATE_GENERATED=1 cargo test --test generated`; do not edit.
// Every key is optional; null and blank strings mean "not given" (filing-v1.md §1).

export interface Filing {
  version?: number | string | null;
  filing_date?: string | null;
  workshop?: Workshop | null;
  operator?: Operator | null;
  modes?: Array<"processing" | "recruitment" | "livestream" | "agritourism" | "brand_led" | "enablement" | "mobile_supply" | "overseas" | "mountain_sea" | "" | null> | null;
  processing?: Processing | null;
  recruitment?: Recruitment | null;
  livestream?: Livestream | null;
  agritourism?: Agritourism | null;
  brand_led?: BrandLed | null;
  enablement?: Enablement | null;
  mobile_supply?: MobileSupply | null;
  overseas?: Overseas | null;
  mountain_sea?: MountainSea | null;
  party?: Party | null;
  site?: Site | null;
  operations?: Operations | null;
  brand?: Brand | null;
}

export interface Workshop {
  name?: string | null;
  county?: "liandu" | "longquan" | "qingtian" | "jinyun" | "suichang" | "songyang" | "yunhe" | "qingyuan" | "jingning" | "etdz" | "" | null;
  township?: string | null;
  village?: string | null;
  address?: string | null;
  established?: string | null;
  on_platform?: boolean | "true" | "false" | null;
  food_processing?: boolean | "true" | "false" | null;
  sc_license?: string | null;
}

export interface Operator {
  name?: string | null;
  kind?: "village_company" | "community_company" | "village_coop" | "processing_enterprise" | "broker" | "manufacturer" | "agri_enterprise" | "ecommerce_enterprise" | "livestreamer" | "mixed_ownership" | "tourism_enterprise" | "enterprise" | "sole_trader" | "research_institute" | "leading_agri_enterprise" | "vehicle_owner" | "other" | "" | null;
  credit_code?: string | null;
  licenses_complete?: boolean | "true" | "false" | null;
}

export interface Processing {
  scope?: Array<"handicraft" | "assembly" | "sewing" | "other" | "" | null> | null;
  workstations?: number | string | null;
  equipment?: boolean | "true" | "false" | null;
}

export interface Recruitment {
  jobs?: Array<"basic_processing" | "seasonal" | "" | null> | null;
  in_factory?: boolean | "true" | "false" | null;
  workstations?: number | string | null;
}

export interface Livestream {
  products?: Array<"agricultural" | "industrial" | "other" | "" | null> | null;
  venue?: "ecommerce_center" | "village_studio" | "park" | "ecommerce_enterprise" | "idle_house" | "other" | "" | null;
  stations?: number | string | null;
  equipment?: boolean | "true" | "false" | null;
}

export interface Agritourism {
  activities?: Array<"creative" | "sightseeing" | "homestay" | "farming" | "folk_culture" | "study_tour" | "" | null> | null;
  in_village?: boolean | "true" | "false" | null;
  facilities?: boolean | "true" | "false" | null;
}

export interface BrandLed {
  activities?: Array<"planting" | "aquaculture" | "processing" | "sales" | "" | null> | null;
  base_area?: number | string | null;
  base_area_unit?: "mu" | "m2" | "" | null;
  fixed_base?: boolean | "true" | "false" | null;
  modern_facilities?: boolean | "true" | "false" | null;
}

export interface Enablement {
  services?: Array<"training" | "seedlings" | "guidance" | "" | null> | null;
  fixed_center?: boolean | "true" | "false" | null;
}

export interface MobileSupply {
  services?: Array<"consumer_goods" | "produce_purchase" | "" | null> | null;
  vehicles?: number | string | null;
}

export interface Overseas {
  partner?: string | null;
  partner_kind?: "enterprise" | "merchant" | "returnee" | "returnee_family" | "" | null;
  cooperation?: "investment" | "orders" | "" | null;
  order_share_percent?: number | string | null;
}

export interface MountainSea {
  partner?: string | null;
  partner_region?: string | null;
  project?: string | null;
}

export interface Party {
  organization?: boolean | "true" | "false" | null;
  maps?: PartyMaps | null;
  stewards?: Array<Steward | null> | null;
  stewards_public?: boolean | "true" | "false" | null;
  service_list?: boolean | "true" | "false" | null;
  visits_per_month?: number | string | null;
  quarterly_meeting?: boolean | "true" | "false" | null;
}

export interface PartyMaps {
  alliance?: boolean | "true" | "false" | null;
  operation?: boolean | "true" | "false" | null;
  stewards?: boolean | "true" | "false" | null;
}

export interface Steward {
  role?: "township_leader" | "resident_cadre" | "local_talent" | "village_cadre" | "grid_member" | "" | null;
  name?: string | null;
  unit?: string | null;
  title?: string | null;
  phone?: string | null;
}

export interface Site {
  kind?: "party_service_center" | "idle_house" | "factory" | "scenic_area" | "homestay" | "heritage_studio" | "other" | "" | null;
  logistics?: boolean | "true" | "false" | null;
  tidy?: boolean | "true" | "false" | null;
  academy?: boolean | "true" | "false" | null;
  signage?: boolean | "true" | "false" | null;
  safety_signs?: boolean | "true" | "false" | null;
  fire_extinguishers?: number | string | null;
}

export interface Operations {
  declaration?: boolean | "true" | "false" | null;
  finance_partner?: string | null;
  benefit_models?: Array<"labor" | "equity" | "industry" | "skills" | "platform" | "other" | "" | null> | null;
  benefit_models_other?: string | null;
  skills_training?: boolean | "true" | "false" | null;
  certificates?: boolean | "true" | "false" | null;
  trainings_per_year?: number | string | null;
  employees?: number | string | null;
  low_income_employees?: number | string | null;
  trainee_employees?: number | string | null;
  systems?: OperationsSystems | null;
  group_insurance?: boolean | "true" | "false" | null;
}

export interface OperationsSystems {
  production?: boolean | "true" | "false" | null;
  personnel?: boolean | "true" | "false" | null;
  safety?: boolean | "true" | "false" | null;
}

export interface Brand {
  sub_brand?: "shangeng" | "shanjing" | "shanju" | "shanbo" | "other" | "" | null;
  promotion?: Array<"platform" | "digital" | "events" | "" | null> | null;
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
