// As the package README says for Vite: the .wasm beside the module is found
// by `new URL(..., import.meta.url)`, which Vite copies and rewrites.
import init, { validate, attach, filingSchema } from 'shanfang-validator';

await init();
const report = validate({ site: { fire_extinguishers: 0 } });
const binding = attach(document.getElementById('form'));
const issues = filingSchema['~standard'].validate({}).issues.length;
document.getElementById('out').textContent = `vite ok: ${report.errors} errors; 6.5 ${report.findings.some((f) => f.clause === '6.5')}; schema issues ${issues}; binding ${typeof binding.refresh}`;
