// As the package README says for webpack 5: the .wasm is found
// by `new URL(..., import.meta.url)`, which webpack emits as an asset.
import init, { validate, attach, filingSchema } from 'shanfang-validator';

await init();
const report = validate({ site: { fire_extinguishers: 0 } });
const binding = attach(document.getElementById('form'));
const issues = filingSchema['~standard'].validate({}).issues.length;
document.getElementById('out').textContent = `webpack ok: ${report.errors} errors; 6.5 ${report.findings.some((f) => f.clause === '6.5')}; schema issues ${issues}; binding ${typeof binding.refresh}`;
