// The package's functions for the ES module (shanfang.js): scripts/package.py
// puts this after types.d.ts, filing.d.ts and dom.d.ts into shanfang.d.ts.
// Hand-written beside the hand-written entry (js/entry.mjs), which wraps
// wasm-bindgen's output. The DOM's and fetch's types are named through
// globalThis: a project without the `dom` lib (a Node server) compiles these
// typings, where they are `never` (what needs them, `attach` and the events,
// is not for a server).

type ShanfangWasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;
type ShanfangWasmMemory = typeof globalThis extends { WebAssembly: { Memory: { prototype: infer M } } } ? M : never;
type ShanfangBufferSource = ArrayBuffer | ArrayBufferView;

/** The standard and contract this build checks. */
export function about(): { standard: string; contract: number; version: string };

/**
 * The canonical form of a filing, as `shanfang-check --canonical` writes it:
 * numbers as numbers, strings trimmed, codes as the contract writes them,
 * `filing_date` filled in (today in UTC+8), only the chosen modes' blocks,
 * unknown keys dropped; what does not read is kept as written, so
 * `validate(canonical(f))` reports what `validate(f)` does. Throws as
 * `validate` does.
 */
export function canonical(filing: Filing): Filing;

/** Every field path of the contract with its kind and accepted codes. */
export function fields(): FieldInfo[];

/**
 * The rule catalogue: every clause of chapters 4–9 with its level, title,
 * words, whether it is checkable (and why not), and its checks.
 */
export function rules(lang?: Lang): RuleEntry[];

/** The JSON Schema (draft 2020-12) of a filing, generated from the Rust types. */
export function schema(): object;

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

/** Where `init` finds the module: its URL (or a request for it), its bytes, or a compiled module. */
export type InitInput = ShanfangGlobal<"Request"> | string | ShanfangGlobal<"URL"> | ShanfangGlobal<"Response"> | ShanfangBufferSource | ShanfangWasmModule;

/** The instantiated module's exports (its memory; the rest is the wrapper's business). */
export interface InitOutput {
  readonly memory: ShanfangWasmMemory;
}

/** What `initSync` instantiates: the module's bytes or a compiled module. */
export type SyncInitInput = ShanfangBufferSource | ShanfangWasmModule;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`; in Node, with no argument, the
 * package's own module, read from disk (for a server: no `await`).
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 */
export function initSync(module?: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * Loads the module: with no argument, `shanfang_bg.wasm` beside this file
 * (in Node, read from disk); otherwise from `module_or_path` (a URL or
 * request is fetched, bytes or a module are instantiated directly).
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 */
export default function init(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
