// The package's `validate`, `canonical` and Standard Schema (bundled into
// every entry by scripts/package.py, after wasm-bindgen's output; the core
// entry has only this): a filing object is written as JSON text here, with
// JSON.stringify, and the module reads the text with the one reader the CLI
// has (`validateJson`, `__canonicalJson`). `bindgen` is wasm-bindgen's
// exports: validateJson and __canonicalJson.
function shanfangCoreGlue(bindgen, checkReady) {
  'use strict';
  // Taken now: the classic scripts assign this glue's functions onto the
  // object they came from.
  const { validateJson, __canonicalJson: canonicalJson } = bindgen;
  // JSON.stringify writes ±Infinity (what JSON.parse makes of 1e400) as
  // null; the module's reader takes ±1e308 as out of range, as it takes
  // 1e400 in JSON text (src/json.rs, TOO_LARGE).
  function infinityAsOutOfRange(key, value) {
    return value === Infinity ? 1e308 : value === -Infinity ? -1e308 : value;
  }
  // What a value that is not a filing object is called in the message
  // (the same words as the wasm tests' reader, crates/wasm/src/objects.rs).
  function kindOf(value) {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string': return 'a string';
      case 'boolean': return 'a boolean';
      case 'number': return 'a number';
      case 'function': return 'a function';
      case 'object':
        try {
          return Array.isArray(value) ? 'an array' : null;
        } catch (e) {
          return 'a revoked proxy'; // Array.isArray throws on one
        }
      default: return 'not an object'; // a BigInt, a symbol
    }
  }
  // A filing object's JSON text: what JSON.stringify writes (own enumerable
  // properties, toJSON honoured, lone surrogates escaped), ±Infinity as a
  // number out of range. Not an object, a cycle, a throwing getter or a
  // BigInt: one clear Error.
  function filingText(filing) {
    const kind = kindOf(filing);
    if (kind) throw new Error('a filing must be a JSON object ({ … }), not ' + kind);
    let text;
    try {
      text = JSON.stringify(filing, infinityAsOutOfRange);
    } catch (e) {
      const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown error';
      throw new Error('the filing cannot be written as JSON: ' + message);
    }
    // A toJSON that returns undefined leaves no text: read as none.
    return typeof text === 'string' ? text : '';
  }
  function validate(filing, options) {
    checkReady('validate');
    return validateJson(filingText(filing), options);
  }
  function canonical(filing) {
    checkReady('canonical');
    return canonicalJson(filingText(filing));
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

  return { validate, canonical, standardSchema, filingSchema: standardSchema() };
}
