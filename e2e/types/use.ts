// Compiled by e2e/package.test.js with `tsc --strict --noEmit` against pkg/:
// the typings of the published package, as an integrator uses them.
import init, { validate, validateJson, rules, schema, attach, type Filing, type Report, type AttachOptions, type Finding } from 'shanfang-validator';

await init();
const filing: Filing = { site: { fire_extinguishers: 0 }, modes: ['processing'], processing: { workstations: '9' } };
const report: Report = validate(filing);
const en: Report = validate(filing, { lang: 'en', promote: ['7.1.3'] });
const errors: Finding[] = report.findings.filter((f) => f.level === 'error');
const clause: string | null = errors[0].clause;
const fromText: Report = validateJson('{"site":{"fire_extinguishers":1}}');
const catalogue = rules('en');
const first: string = catalogue[0].clause;
const s: object = schema();

const form = document.querySelector('form')!;
const options: AttachOptions = { fields: { 'site.fire_extinguishers': 'fire_ext_count' }, lang: 'zh', blockSubmit: true, summary: 'errors' };
const binding = attach(form, options);
const now: Report = binding.validate();
const typed: Filing = binding.filing();
binding.setLang('en');
form.addEventListener('shanfang-report', (e) => { const n: number = e.detail.report.errors; void n; });
// @ts-expect-error: the detail is typed (not any)
form.addEventListener('shanfang-report', (e) => { const s: string = e.detail.report.errors; void s; });
form.addEventListener('shanfang-submit', (e) => { const name: string | null | undefined = e.detail.filing.workshop?.name; void name; e.preventDefault(); });
binding.detach();
attach(form);

// These must not compile:
// @ts-expect-error: lang is "zh" | "en"
validate(filing, { lang: 'fr' });
// @ts-expect-error: a filing is an object
validate(42);
// @ts-expect-error: unknown option
attach(form, { message: 'inline' });
void [en, clause, fromText, first, s, now, typed];
