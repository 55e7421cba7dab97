// The core entry's functions (`shanfang-validator/core`: validating only, no
// form binding), which the binding entry has too: scripts/package.py puts
// this after types.d.ts, filing.d.ts and core-init.d.ts into
// core/shanfang_core.d.ts (ES), core/shanfang_core.d.cts (CommonJS) and
// binding/shanfang_binding.d.ts. Declared without the DOM: a server compiles
// them with `lib: ["es2022"]`.

/**
 * Validates a filing given as a JS object, read as the JSON text
 * `JSON.stringify` makes of it. Throws only when the filing is not an
 * object or cannot be written as JSON; everything else is a finding.
 */
export function validate(filing: Filing, options?: Options): Report;

/**
 * Validates a filing given as JSON text, read exactly as `shanfang-check`
 * reads it (a byte-order mark ignored; duplicate keys, the last wins).
 */
export function validateJson(text: string, options?: Options): Report;

/** The canonical form of a filing, as `shanfang-check --canonical` writes it; throws as `validate` does. */
export function canonical(filing: Filing): Filing;

/**
 * The rule catalogue in `lang`: every clause of chapters 4–9 with its
 * level, title, words, whether it is checkable (and why not), and its
 * checks. A Promise: the clauses' words are loaded when first asked (they
 * are not in the core module).
 */
export function rules(lang?: Lang): Promise<RuleEntry[]>;

/** The standard and contract this build checks. */
export function about(): { standard: string; contract: number; version: string };
