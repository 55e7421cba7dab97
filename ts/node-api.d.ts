// The functions of the package in Node (ES module and CommonJS), declared
// without the DOM: a server's project compiles them with `lib: ["es2022"]`.
// scripts/package.py puts this after types.d.ts and filing.d.ts into
// node/shanfang.d.cts (the CommonJS typings; the ES typings are shanfang.d.ts).

/** Loads the module. In Node, with no argument, from the package's own file. */
declare function init(module?: { module_or_path: Uint8Array | ArrayBuffer } | Uint8Array | ArrayBuffer): Promise<unknown>;
/** Loads the module synchronously: in Node, with no argument, from the package's own file. */
export function initSync(module?: { module: Uint8Array | ArrayBuffer } | Uint8Array | ArrayBuffer): unknown;
/** Validates a filing given as an object (what `JSON.stringify` writes of it is what is read). */
export function validate(filing: Filing, options?: Options): Report;
/** Validates a filing given as JSON text, read exactly as `shanfang-check` reads it. */
export function validateJson(text: string, options?: Options): Report;
/** The canonical form of a filing, as `shanfang-check --canonical` writes it. */
export function canonical(filing: Filing): Filing;
/** The rule catalogue: every clause with its level, words and checks. */
export function rules(lang?: Lang): RuleEntry[];
/** The JSON Schema (draft 2020-12) of a filing. */
export function schema(): object;
/** Every field path of the contract with its kind and accepted codes. */
export function fields(): FieldInfo[];
/** The standard and contract this build checks. */
export function about(): { standard: string; contract: number; version: string };
export default init;
