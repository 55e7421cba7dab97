// The API types of the validator (filing-v1.md §2) that need no DOM: the
// Node typings (node.d.ts) are these, filing.d.ts and node-api.d.ts.
// `Filing`, `FieldPath` and `Clause` are generated from the Rust model into
// filing.d.ts; the form binding's types are in dom.d.ts.

/** `error` blocks submission (应, or malformed data); `warning` does not (宜). */
export type Level = "error" | "warning";

/** The languages of messages and of the catalogue. */
export type Lang = "zh" | "en";

export interface Finding {
  /** Dotted path of the input, `party.stewards[0].phone`. */
  field: FieldPath;
  /** Clause number of DB3311/T 244—2023, or null for a pure data-format finding. */
  clause: Clause | null;
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
  lang?: Lang;
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
  clause: Clause;
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


/** The Standard Schema v1 interface (https://standardschema.dev), as its
 *  spec declares it, so no dependency is needed to use it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/**
 * The filing as a Standard Schema: `~standard.validate(value)` gives
 * `{ value }` when the filing is submittable, else one issue per error
 * (应, or malformed data) with its path (`["party", "stewards", 0, "phone"]`)
 * and the message naming the clause. Warnings (宜) do not fail it:
 * `report(value)` is the full report, with the same options.
 */
export interface FilingSchema extends StandardSchemaV1<Filing, Filing> {
  report(value: Filing): Report;
}

/** A Standard Schema of the filing with these options (language, promote). */
export function standardSchema(options?: Options): FilingSchema;
/** `standardSchema()`: messages in Chinese, warnings not promoted. */
export const filingSchema: FilingSchema;
