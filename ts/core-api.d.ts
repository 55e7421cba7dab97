// The core entry's functions (`shanfang-validator/core`: validating only, no
// form binding): scripts/package.py puts this after types.d.ts and
// filing.d.ts into core/shanfang_core.d.ts (ES) and core/shanfang_core.d.cts
// (CommonJS). Declared without the DOM: a server compiles them with
// `lib: ["es2022"]`.

/** A module's bytes, or a compiled module where WebAssembly is typed. */
type ShanfangCoreModule = ArrayBuffer | ArrayBufferView | (typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never);
/** Where `init` finds the module: its URL (or a request for it), its bytes, or a compiled module. */
type ShanfangCoreInput = string | (typeof globalThis extends { URL: { prototype: infer U } } ? U : never) | (typeof globalThis extends { Request: { prototype: infer R } } ? R : never) | (typeof globalThis extends { Response: { prototype: infer R } } ? R : never) | ShanfangCoreModule;

/**
 * Loads the module: with no argument, `shanfang_core_bg.wasm` beside this
 * file (in Node, read from disk; with CommonJS, loaded on require already);
 * otherwise from `module_or_path` (a URL or request is fetched, bytes or a
 * module are instantiated directly).
 */
declare function init(module_or_path?: { module_or_path: ShanfangCoreInput | Promise<ShanfangCoreInput> }): Promise<unknown>;
/** Instantiates the module synchronously: its bytes or a compiled module; in Node, with no argument, the package's own. */
export function initSync(module?: { module: ShanfangCoreModule }): unknown;

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
