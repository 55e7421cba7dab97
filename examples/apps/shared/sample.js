// The fields the framework examples show, by contract path, and what
// "填入示例" puts in them (from examples/valid-filing.json).
export const COUNTIES = [
  ['', '请选择'], ['liandu', '莲都区'], ['longquan', '龙泉市'], ['qingtian', '青田县'], ['jinyun', '缙云县'],
  ['suichang', '遂昌县'], ['songyang', '松阳县'], ['yunhe', '云和县'], ['qingyuan', '庆元县'], ['jingning', '景宁畲族自治县'],
  ['etdz', '丽水经济技术开发区'],
];

export const TEXT_FIELDS = [
  ['workshop.name', '工坊名称'],
  ['workshop.address', '地址'],
  ['site.fire_extinguishers', '灭火器（个）'],
];
export const FLAGS = [
  ['site.tidy', '场地整洁'],
  ['site.safety_signs', '有安全标识'],
];

export const SAMPLE = {
  'workshop.name': '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊',
  'workshop.county': 'yunhe',
  'workshop.address': '云和县雾溪畲族乡坪垟岗村党群服务中心一楼',
  'site.fire_extinguishers': '2',
  'site.tidy': true,
  'site.safety_signs': true,
  stewards: [
    { name: '蓝建平', phone: '13905781234' },
    { name: '雷晓燕', phone: '13905782345' },
  ],
};

export function emptyValues() {
  return { 'workshop.name': '', 'workshop.county': '', 'workshop.address': '', 'site.fire_extinguishers': '', 'site.tidy': false, 'site.safety_signs': false, stewards: [] };
}

/** A filing (a saved draft) as the examples' state; null gives empty values. */
export function valuesOf(filing) {
  const v = emptyValues();
  if (!filing) return v;
  const at = (path) => path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), filing);
  for (const key of Object.keys(v)) {
    if (key === 'stewards') continue;
    const x = at(key);
    if (typeof v[key] === 'boolean') v[key] = x === true;
    else if (x !== undefined && x !== null) v[key] = String(x);
  }
  const stewards = at('party.stewards');
  if (Array.isArray(stewards)) v.stewards = stewards.map((s) => ({ name: (s && s.name) || '', phone: (s && s.phone) || '' }));
  return v;
}

/** The portal's own control names, given to `attach` as a function: list items included. */
export function portalName(path) {
  return 'f_' + path.replace(/[.[\]]+/g, '_');
}
