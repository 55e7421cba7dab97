// As the package README says for esbuild: import the .wasm's URL with the
// `file` loader (esbuild does not follow `new URL(..., import.meta.url)`)
// and hand it to init.
import init, { validate, attach, filingSchema } from 'shanfang-validator';
import wasmUrl from 'shanfang-validator/wasm';

await init({ module_or_path: wasmUrl });
const report = validate({ site: { fire_extinguishers: 0 } });
const binding = attach(document.getElementById('form'));
const issues = filingSchema['~standard'].validate({}).issues.length;
document.getElementById('out').textContent = `esbuild ok: ${report.errors} errors; 6.5 ${report.findings.some((f) => f.clause === '6.5')}; schema issues ${issues}; binding ${typeof binding.refresh}`;
