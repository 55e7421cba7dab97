// The package's functions for the ES module (shanfang.js): scripts/package.py
// puts this after types.d.ts, filing.d.ts and dom.d.ts into shanfang.d.ts.
// Hand-written beside the hand-written entry (js/entry.mjs), which wraps
// wasm-bindgen's output. The DOM's and fetch's types are named through
// globalThis: a project without the `dom` lib (a Node server) compiles these
// typings, where they are `never` (what needs them, `attach` and the events,
// is not for a server).

/** A global type of the DOM or of fetch, when the project has it (the `dom` lib); `never` otherwise. */
type ShanfangGlobal<K extends string> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : never;
/** `CustomEvent<D>` where the DOM is; just the detail elsewhere. */
type ShanfangCustomEvent<D> = (typeof globalThis extends { CustomEvent: { prototype: infer E } } ? Omit<E, "detail"> : {}) & { readonly detail: D };
type ShanfangWasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;
type ShanfangWasmMemory = typeof globalThis extends { WebAssembly: { Memory: { prototype: infer M } } } ? M : never;
type ShanfangBufferSource = ArrayBuffer | ArrayBufferView;

/** A form with the validator attached (`attach(form, options)`). */
export class Binding {
  private constructor();
  /** Frees the binding's memory in the module (`detach()` first). */
  free(): void;
  /**
   * Removes every listener and every element the binding added, and the
   * attributes it set on the portal's controls.
   */
  detach(): void;
  /** Ends `view()`: the form holds what it held before. */
  endView(): void;
  /** The filing as read from the form now. */
  filing(): Filing;
  /**
   * Opens a filing file's text into the form (the standalone page's
   * "打开申报文件"); throws, changing nothing, when it is not a filing.
   */
  open(text: string, name: string): void;
  /**
   * Reads the form again after code changed it (a framework's render, a
   * "fill example" button, values set by script fire no event): when the
   * filing differs from the one last validated, validates it, renders and
   * dispatches `shanfang-report`; otherwise does nothing. Returns the
   * current report. Cheap enough to call after every render.
   */
  refresh(): Report;
  /**
   * Shows the messages of every field whose control is inside `within` (a
   * step of the form the person tries to go on from, as a submit shows all
   * of them); returns the report.
   */
  reveal(within: ShanfangGlobal<"Element">): Report;
  /** Switches the language of messages (and, on the standalone page, of the page). */
  setLang(lang: Lang): void;
  /** Re-reads the form and validates it now; returns the report. */
  validate(): Report;
  /**
   * Shows a filing (JSON text) read-only with all its findings, for a
   * reviewer; the form's own content and draft are left alone and come
   * back with `endView()`. Throws, changing nothing, for a text that is
   * not a filing.
   */
  view(text: string): void;
}

/** The standard and contract this build checks. */
export function about(): { standard: string; contract: number; version: string };

/** Attaches the validator to a form. See `AttachOptions`. */
export function attach(form: ShanfangGlobal<"HTMLFormElement">, options?: AttachOptions): Binding;

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
