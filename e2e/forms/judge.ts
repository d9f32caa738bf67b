import type { CaseSpec, Condition } from "./form-case.ts";
import type { Received, ReceivedValue } from "./received.ts";

/**
 * Judges a case on what the employer received (shared/fixtures/README.md): plain strings match
 * after trimming and case-folding; `contains`, `oneOf`, `file`, free-text rules, `absentOr`,
 * `optional`, `allOf`/`noneOf`. A field's value is the last one sent under its name (as a server
 * reads a form where a hidden "0" precedes a checkbox's "1"); multi-selects look at all of them.
 */

export interface FieldVerdict {
  name: string;
  ok: boolean;
  got: ReceivedValue[] | undefined;
  why?: string;
}

export interface CaseVerdict {
  fields: FieldVerdict[];
  forbiddenSent: string[];
  flagsHandled: boolean;
  passed: boolean;
}

const fold = (s: string) => s.trim().toLocaleLowerCase();
const texts = (values: ReceivedValue[]) => values.filter((v): v is string => typeof v === "string");

export function judgeField(name: string, condition: Condition, values: ReceivedValue[] | undefined): FieldVerdict {
  const present = values?.some((v) => typeof v !== "string" || v.trim() !== "") === true;
  const last = values ? texts(values).at(-1) : undefined;
  const verdict = (ok: boolean, why?: string): FieldVerdict => ({
    name,
    ok,
    got: values,
    ...(ok || !why ? {} : { why }),
  });
  if (typeof condition === "string") {
    return verdict(present && last !== undefined && fold(last) === fold(condition), `expected "${condition}"`);
  }
  if (condition.absentOr !== undefined) {
    return verdict(
      !present || (last !== undefined && fold(last) === fold(condition.absentOr)),
      `absent or "${condition.absentOr}"`,
    );
  }
  if (!present) return verdict(condition.optional === true, "not received");
  if (condition.file !== undefined) {
    const upload = values?.find((v): v is { file: string; size: number } => typeof v !== "string");
    return verdict(upload?.file === condition.file && upload.size > 0, `an upload of ${condition.file}`);
  }
  if (condition.allOf || condition.noneOf) {
    const chosen = new Set(texts(values ?? []).map(fold));
    const all = (condition.allOf ?? []).every((v) => chosen.has(fold(v)));
    const none = (condition.noneOf ?? []).every((v) => !chosen.has(fold(v)));
    return verdict(all && none, "the right options ticked");
  }
  const text = last ?? "";
  if (condition.oneOf && !condition.oneOf.some((v) => fold(v) === fold(text)))
    return verdict(false, "one of the allowed values");
  if (condition.contains !== undefined && !fold(text).includes(fold(condition.contains)))
    return verdict(false, `containing "${condition.contains}"`);
  if (condition.nonempty && text.trim() === "") return verdict(false, "non-empty");
  if (condition.minLength !== undefined && text.trim().length < condition.minLength)
    return verdict(false, `at least ${condition.minLength} characters`);
  const banned = (condition.notContains ?? []).find((bad) =>
    text.toLocaleLowerCase().includes(bad.toLocaleLowerCase()),
  );
  if (banned) return verdict(false, `must not contain "${banned}"`);
  return verdict(true);
}

/**
 * A case passes when every expected field arrived right and nothing forbidden was sent; a case with
 * `flag` passes only when nothing was submitted and every flagged name was reported for the person.
 */
export function judgeCase(spec: CaseSpec, received: Received | null, flagged: readonly string[]): CaseVerdict {
  const flagsHandled = spec.flag.length === 0 || (received === null && spec.flag.every((f) => flagged.includes(f)));
  if (spec.flag.length > 0) {
    const sent = received ? Object.keys(received.fields).filter((n) => spec.forbid.includes(n)) : [];
    return { fields: [], forbiddenSent: sent, flagsHandled, passed: flagsHandled && sent.length === 0 };
  }
  const fields = Object.entries(spec.expect).map(([name, condition]) =>
    judgeField(name, condition, received?.fields[name]),
  );
  const forbiddenSent = received
    ? spec.forbid.filter((name) => (received.fields[name] ?? []).some((v) => typeof v !== "string" || v.trim() !== ""))
    : [];
  return {
    fields,
    forbiddenSent,
    flagsHandled,
    passed: received !== null && fields.every((f) => f.ok) && forbiddenSent.length === 0,
  };
}
