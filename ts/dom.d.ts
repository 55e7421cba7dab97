// The form binding's types (DOM). Not part of the Node typings. The DOM's
// types are named through ShanfangGlobal and ShanfangCustomEvent (api.d.ts),
// so a project without the `dom` lib compiles them.

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
