// The package's `validate` and Standard Schema (bundled into every entry by
// scripts/package.py, after wasm-bindgen's output; the core entry has only
// this): JSON.stringify's replacer for ±Infinity, and the filing as a
// Standard Schema v1. Reading a filing is not done here: the module reads
// the JSON text, with the one reader the CLI has.
function shanfangCoreGlue(validateObject, setReplacer, checkReady) {
  'use strict';
  // JSON.stringify writes ±Infinity (what JSON.parse makes of 1e400) as
  // null; the module's reader takes ±1e308 as out of range, as it takes
  // 1e400 in JSON text (src/json.rs, TOO_LARGE). The module has the same
  // replacer in Rust, but that one calls into wasm for every value. Handed
  // over at the first call, when the module is instantiated.
  function infinityAsOutOfRange(key, value) {
    return value === Infinity ? 1e308 : value === -Infinity ? -1e308 : value;
  }
  let replacerSet = false;
  function handOver() {
    if (!replacerSet) {
      setReplacer(infinityAsOutOfRange);
      replacerSet = true;
    }
  }
  function validate(filing, options) {
    checkReady('validate');
    handOver();
    return validateObject(filing, options);
  }

  // Standard Schema v1 (https://standardschema.dev): the interface zod,
  // valibot and arktype implement, which react-hook-form's
  // standardSchemaResolver, TanStack Form and others take directly. Errors
  // (应, and malformed data) are its issues, each with its path and the
  // message naming the clause; warnings (宜) do not fail it and stay
  // reachable through `report(value)`, the full report with the same options.
  function standardSchema(options) {
    const opts = options === undefined ? undefined : Object.assign({}, options);
    function report(value) {
      return validate(value, opts);
    }
    return {
      '~standard': {
        version: 1,
        vendor: 'shanfang-validator',
        validate(value) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            const zh = !opts || opts.lang !== 'en';
            return { issues: [{ message: zh ? '申报数据应为一个对象（filing-v1.md §1）' : 'a filing is an object (filing-v1.md §1)' }] };
          }
          let result;
          try {
            result = report(value);
          } catch (e) {
            // A cycle or a throwing getter: one issue, not an exception.
            return { issues: [{ message: String((e && e.message) || e) }] };
          }
          if (result.submittable) return { value };
          return { issues: issuesOf(result) };
        },
      },
      report,
    };
  }
  // `party.stewards[0].phone` → ['party', 'stewards', 0, 'phone'].
  function pathOf(field) {
    const path = [];
    for (const part of field.split('.')) {
      const at = part.indexOf('[');
      if (at < 0) {
        path.push(part);
        continue;
      }
      path.push(part.slice(0, at));
      for (const index of part.slice(at).match(/\d+/g) || []) path.push(Number(index));
    }
    return path;
  }
  function issuesOf(result) {
    const issues = [];
    for (const f of result.findings) {
      if (f.level === 'error') issues.push({ message: f.message, path: pathOf(f.field) });
    }
    return issues;
  }

  return { validate, handOver, standardSchema, filingSchema: standardSchema() };
}
