// The form binding's types (DOM), in the main entry's and the binding
// entry's typings; not in the Node typings. The DOM's types are named through
// ShanfangGlobal and ShanfangCustomEvent, so a project without the `dom` lib
// compiles them.

/** A global type of the DOM or of fetch, when the project has it (the `dom` lib); `never` otherwise. */
type ShanfangGlobal<K extends string> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : never;
/** `CustomEvent<D>` where the DOM is; just the detail elsewhere. */
type ShanfangCustomEvent<D> = (typeof globalThis extends { CustomEvent: { prototype: infer E } } ? Omit<E, "detail"> : {}) & { readonly detail: D };

/** A form with the validator attached (`attach(form, options)`). */
export class Binding {
  private constructor();
  /** Kept from when the binding lived in the module: it holds nothing
   *  there now, so this does nothing (`detach()` is what undoes `attach`). */
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

/**
 * Attaches the validator to a form, or to an element holding the filing's
 * forms (a long filing split into a form per section: the filing is read
 * from all of them, a submit from any is checked, and the events are
 * dispatched on the element given). Throws when the element holds no form.
 * See `AttachOptions`.
 */
export function attach(form: ShanfangGlobal<"HTMLFormElement"> | ShanfangGlobal<"HTMLElement">, options?: AttachOptions): Binding;

/** Options of `attach(form, options)`. */
export interface AttachOptions extends Options {
  /**
   * The portal's field names: a map from contract paths to names
   * (`{ "site.fire_extinguishers": "fireExt" }`) or a function from a path to
   * a name (return undefined to keep the path). Unmapped fields are found by
   * their contract path.
   */
  fields?: Record<string, string> | ((path: string) => string | undefined | null);
  /**
   * Where to render messages: "inline" (default: next to each field, once
   * the person has left a field typed into, or at once for a box ticked or
   * an option picked, and for every field after a submit; from then on they
   * follow every keystroke), "none" (render nothing; listen to
   * `shanfang-report` instead).
   */
  messages?: "inline" | "none";
  /** Block the form's submit while the filing has errors (default true). */
  blockSubmit?: boolean;
  /** localStorage key: save the draft after edits (a quarter second after the last, and at once when the page is hidden) and restore it on attach. */
  draft?: string;
  /** An element (or its id) to fill with a GOV.UK-style error summary on a blocked submit. */
  summary?: ShanfangGlobal<"HTMLElement"> | string;
  /**
   * An element (or its id) to fill with live counts and links to each
   * finding the person may see: on fields they acted on (left after typing,
   * or filled from a draft or file), or every finding once a submit was
   * tried; the rest is counted in neutral words ("还需填写 3 项").
   */
  status?: ShanfangGlobal<"HTMLElement"> | string;
  /**
   * An element (or its id) to fill with a task list: each section of the
   * form (`fieldset.section`, or an element marked `data-shanfang-section`,
   * whose value, if any, is its title) with its state, 未开始 / 未完成 / 已完成,
   * and what is left (requirements still needed, recommendations beside),
   * each linking to its section. Off unless given (the standalone page's is
   * #shanfang-tasks).
   */
  tasks?: ShanfangGlobal<"HTMLElement"> | string;
  /**
   * The standalone filing page: uses #shanfang-summary, #shanfang-status,
   * #shanfang-tasks and #shanfang-done, the language switch, draft clearing, JSON download and print.
   * The main entry only: the binding entry has none of it, and its
   * `attach` throws, saying so.
   */
  standalone?: boolean;
}

export interface ReportEventDetail {
  report: Report;
  filing: Filing;
}

export interface SubmitEventDetail {
  report: Report;
  filing: Filing;
}

/** `shanfang-draft`, on the window: the draft store could not write a
 *  draft (`saved: false`, with the browser's error) or could again. */
export interface DraftEventDetail {
  key: string;
  saved: boolean;
  error: string | null;
}

// The events are dispatched on the form; `HTMLElementEventMap` is the map
// `HTMLFormElement.addEventListener` reads in lib.dom.d.ts.
declare global {
  interface HTMLElementEventMap {
    "shanfang-report": ShanfangCustomEvent<ReportEventDetail>;
    "shanfang-submit": ShanfangCustomEvent<SubmitEventDetail>;
  }
  interface WindowEventMap {
    "shanfang-draft": ShanfangCustomEvent<DraftEventDetail>;
  }
}

/** The draft `attach(form, { draft: key })` saved under `key` (null when
 *  there is none): the initial state of a controlled form (React, Vue). */
export function readDraft(key: string): Filing | null;
