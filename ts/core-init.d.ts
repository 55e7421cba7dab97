// Loading the module, for the core entry (`shanfang-validator/core`) and the
// binding entry (`shanfang-validator/binding`): scripts/package.py puts this
// before core-api.d.ts in both entries' typings. Declared without the DOM: a
// server compiles them with `lib: ["es2022"]`.

/** A module's bytes, or a compiled module where WebAssembly is typed. */
type ShanfangCoreModule = ArrayBuffer | ArrayBufferView | (typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never);
/** Where `init` finds the module: its URL (or a request for it), its bytes, or a compiled module. */
type ShanfangCoreInput = string | (typeof globalThis extends { URL: { prototype: infer U } } ? U : never) | (typeof globalThis extends { Request: { prototype: infer R } } ? R : never) | (typeof globalThis extends { Response: { prototype: infer R } } ? R : never) | ShanfangCoreModule;

/**
 * Loads the module: with no argument, the core entry's
 * (`core/shanfang_core_bg.wasm`, which the binding entry runs on too; in
 * Node, read from disk; the core entry with CommonJS has it loaded on
 * require already);
 * otherwise from `module_or_path` (a URL or request is fetched, bytes or a
 * module are instantiated directly).
 */
declare function init(module_or_path?: { module_or_path: ShanfangCoreInput | Promise<ShanfangCoreInput> }): Promise<unknown>;
/** Instantiates the module synchronously: its bytes or a compiled module; in Node, with no argument, the package's own. */
export function initSync(module?: { module: ShanfangCoreModule }): unknown;
