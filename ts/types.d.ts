// The API types of the validator (filing-v1.md §2). `Filing` is generated
// from the Rust model into filing.d.ts.

/** `error` blocks submission (应, or malformed data); `warning` does not (宜). */
export type Level = "error" | "warning";

export interface Finding {
  /** Dotted path of the input, `party.stewards[0].phone`. */
  field: string;
  /** Clause number of DB3311/T 244—2023, or null for a pure data-format finding. */
  clause: string | null;
  level: Level;
  /** Stable identifier of the check, `site.fire_extinguishers.missing`. */
  code: string;
  /** In the requested language, naming the clause. */
  message: string;
}

export interface Report {
  standard: "DB3311/T 244—2023";
  /** True exactly when there is no error. */
  submittable: boolean;
  errors: number;
  warnings: number;
  findings: Finding[];
}

export interface Options {
  /** Language of messages; default "zh". */
  lang?: "zh" | "en";
  /** true, or clause numbers whose warnings count as errors. */
  promote?: boolean | string[];
}

export interface RuleCheck {
  code: string;
  field: string;
  level: Level;
  message: string;
}

export interface RuleEntry {
  clause: string;
  /** The strongest level of the clause's checks; null when not checkable. */
  level: Level | null;
  title: string;
  /** The clause's words in the requested language. */
  text: string;
  /** The standard's own words. */
  text_zh: string;
  checkable: boolean;
  /** Why the clause cannot be checked from a filing. */
  reason: string | null;
  /** The mode whose block the clause governs. */
  mode: string | null;
  checks: RuleCheck[];
}

export interface FieldInfo {
  path: string;
  kind: "text" | "bool" | "number" | "count" | "date" | "code" | "codes" | "section" | "items";
  codes: string[];
}

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
  summary?: HTMLElement | string;
  /** An element (or its id) to fill with live counts and links to each finding. */
  status?: HTMLElement | string;
  /**
   * The standalone filing page: uses #shanfang-summary, #shanfang-status and
   * #shanfang-done, the language switch, draft clearing, JSON download and print.
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
    "shanfang-report": CustomEvent<ReportEventDetail>;
    "shanfang-submit": CustomEvent<SubmitEventDetail>;
  }
  interface WindowEventMap {
    "shanfang-draft": CustomEvent<DraftEventDetail>;
  }
}
