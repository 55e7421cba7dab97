// The example portal's script: its own form, its own field names, the
// validator attached with a map from contract paths (filing-v1) to them.
import init, { attach } from '../pkg/shanfang.js';

const form = document.getElementById('ws-form');

// Contract path → this portal's field name. Fields not listed are looked up
// by their contract path.
const fields = {
  'workshop.name': 'ws_name',
  'workshop.county': 'ws_county',
  'workshop.township': 'ws_town',
  'workshop.village': 'ws_village',
  'workshop.address': 'ws_addr',
  'operator.name': 'op_name',
  'operator.kind': 'op_type',
  'operator.credit_code': 'op_uscc',
  modes: 'biz_mode[]',
  'processing.workstations': 'proc_seats',
  'processing.equipment': 'proc_equip',
  'recruitment.workstations': 'rec_seats',
  'recruitment.in_factory': 'rec_in_factory',
  'agritourism.in_village': 'agri_in_village',
  'agritourism.facilities': 'agri_facilities',
  'party.organization': 'party_org',
  'party.maps.alliance': 'map_alliance',
  'party.maps.operation': 'map_operation',
  'party.maps.stewards': 'map_stewards',
  'party.stewards_public': 'sw_public',
  'party.service_list': 'svc_list',
  'party.visits_per_month': 'visits',
  'party.quarterly_meeting': 'quarterly',
  'site.logistics': 'site_logistics',
  'site.tidy': 'site_tidy',
  'site.academy': 'site_academy',
  'site.signage': 'site_signage',
  'site.safety_signs': 'site_safety',
  'site.fire_extinguishers': 'fire_ext_count',
  'operations.benefit_models': 'benefit[]',
  'operations.benefit_models_other': 'benefit_other_text',
  'operations.trainings_per_year': 'trainings',
  'operations.systems.production': 'sys_production',
  'operations.systems.personnel': 'sys_personnel',
  'operations.systems.safety': 'sys_safety',
  'operations.declaration': 'declare',
};
for (let i = 0; i < 5; i++) {
  for (const key of ['role', 'name', 'unit', 'phone']) fields[`party.stewards[${i}].${key}`] = `sw_${i}_${key}`;
}

// A small summary of its own, built from the `shanfang-report` event: the
// counts, and one line per clause that still has errors. Text only
// (textContent): messages may quote what was typed.
const counts = document.getElementById('portal-check-counts');
const list = document.getElementById('portal-check-list');
let lang = 'zh';
form.addEventListener('shanfang-report', (event) => {
  const { report } = event.detail;
  counts.textContent = report.submittable
    ? (lang === 'zh' ? `可以提交（另有 ${report.warnings} 项建议）` : `Ready to submit (${report.warnings} recommendations)`)
    : (lang === 'zh' ? `还有 ${report.errors} 项错误、${report.warnings} 项建议` : `${report.errors} errors, ${report.warnings} recommendations left`);
  const byClause = new Map();
  for (const f of report.findings) {
    if (f.level !== 'error') continue;
    const key = f.clause || '';
    if (!byClause.has(key)) byClause.set(key, []);
    byClause.get(key).push(f.message);
  }
  list.replaceChildren(...[...byClause.values()].map((messages) => {
    const li = document.createElement('li');
    li.className = 'pt-finding pt-finding--error';
    const more = messages.length > 1 ? (lang === 'zh' ? `（共 ${messages.length} 项）` : ` (${messages.length} in all)`) : '';
    li.textContent = messages[0] + more;
    return li;
  }));
});

// A filing that passes: show what would be sent, and send nothing (no backend).
const result = document.getElementById('portal-result');
form.addEventListener('shanfang-submit', (event) => {
  event.preventDefault();
  document.getElementById('portal-result-json').textContent = JSON.stringify(event.detail.filing, null, 2);
  result.hidden = false;
  result.focus();
});

await init();
const binding = attach(form, { fields, lang: 'zh', blockSubmit: true, summary: 'portal-errors' });

document.getElementById('portal-lang').addEventListener('click', (event) => {
  lang = lang === 'zh' ? 'en' : 'zh';
  event.currentTarget.textContent = lang === 'zh' ? 'Messages in English' : '中文提示';
  event.currentTarget.lang = lang === 'zh' ? 'en' : 'zh-CN';
  binding.setLang(lang);
});

// For the end-to-end test (detach).
window.portalBinding = binding;
