import { readFileSync } from "node:fs";
import type { FillPlanResponse, FormDescription, FormField, PlannedField } from "@nyx/shared";
import { expect } from "vitest";
import { FIXTURES } from "./support.ts";

/**
 * Judges a fill plan against a fixture form's case.json: what the employer would receive from the
 * planned values. Pages rename fields when they send them (a React form sends `phoneNumber` for
 * `#phone-number-input`), so a case key is found by name, then id, then `ALIASES`.
 */

export type Expectation =
  | string
  | {
      oneOf?: string[];
      contains?: string;
      file?: string;
      absentOr?: string;
      nonempty?: boolean;
      minLength?: number;
      notContains?: string[];
      allOf?: string[];
      noneOf?: string[];
    };
export interface Case {
  steps: number;
  expect: Record<string, Expectation>;
  forbid?: string[];
  flag?: string[];
}

export function caseOf(name: string): Case {
  return JSON.parse(readFileSync(new URL(`forms/${name}/case.json`, FIXTURES), "utf8")) as Case;
}

/** Sent names that are neither the field's name nor its id: which field they come from. */
const ALIASES: Record<string, Record<string, (f: FormField) => boolean>> = {
  ashby: {
    _systemfield_location: (f) => f.type === "combobox" && /based/i.test(f.label),
    _systemfield_resume: (f) => f.id === "_systemfield_resume",
    "2c3d4e5f-6071-4829-93a4-b5c6d7e8f901": (f) => /hear about/i.test(f.label),
  },
  "greenhouse-react": { location: (f) => f.id === "candidate-location" },
  "linkedin-easy-apply": {
    email: (f) => /email/i.test(f.label),
    phoneCountryCode: (f) => /country code/i.test(f.label),
    phoneNumber: (f) => /phone number/i.test(f.label),
    resume: (f) => f.type === "file",
  },
  lever: { selectedLocation: (f) => f.name === "location" },
  "sms-code": { salaryExpectation: (f) => f.id === "salary", noticePeriod: (f) => f.id === "notice" },
  smartrecruiters: {
    "screening[q-7d3f2a10-4c1b-4e8a-9f2d-6b5c4a3e2d10]": (f) => /authorized to work/i.test(f.label),
    "screening[q-7d3f2a10-4c1b-4e8a-9f2d-6b5c4a3e2d11]": (f) => /sponsorship/i.test(f.label),
    "screening[q-7d3f2a10-4c1b-4e8a-9f2d-6b5c4a3e2d12]": (f) => /relocate/i.test(f.label),
    phoneNumber: (f) => f.id === "phone-number-input",
    resume: (f) => f.name === "resume",
    privacyPolicyAccepted: (f) => f.id === "privacyPolicy",
  },
  workday: {
    source: (f) => f.id === "source--source",
    legalNameSection_firstName: (f) => f.name === "firstName",
    legalNameSection_lastName: (f) => f.name === "lastName",
    addressSection_addressLine1: (f) => f.name === "addressLine1",
    addressSection_city: (f) => f.name === "city",
    addressSection_postalCode: (f) => f.name === "postalCode",
    "phone-device-type": (f) => f.name === "phoneType",
    countryPhoneCode: (f) => f.name === "phoneCode",
    "phone-number": (f) => f.name === "phone",
    "workExperience[jobTitle]": (f) => f.name === "jobTitle",
    "workExperience[companyName]": (f) => f.name === "companyName",
    "workExperience[currentlyWorkHere]": (f) => f.name === "currentlyWorkHere",
    "education[school]": (f) => f.name === "edu0.school",
    "education[degree]": (f) => f.name === "edu0.degree",
    resume: (f) => f.type === "file",
    "workExperience[startDate]": (f) => /^we0\.startDate-dateSectionMonth/.test(f.id ?? ""),
    "applicationQuestions[earliestStartDate]": (f) => /^q\.earliestStartDate-dateSectionMonth/.test(f.id ?? ""),
    linkedInAccount: (f) => f.name === "linkedin",
    "applicationQuestions[motivation]": (f) => f.type === "textarea" && f.section === "Application Questions",
    "voluntaryDisclosures[gender]": (f) => f.name === "gender",
    "voluntaryDisclosures[termsAndConditions]": (f) => /terms/i.test(f.id ?? ""),
  },
};

export function fieldFor(caseName: string, key: string, form: FormDescription): FormField | undefined {
  const alias = ALIASES[caseName]?.[key];
  if (alias) return form.fields.find(alias);
  const question = /^applicationQuestions\[(\w+)\]$/.exec(key)?.[1];
  if (question) return form.fields.find((f) => f.name === `q.${question}`);
  const inner = /\[([^\]]+)\]$/.exec(key)?.[1];
  const number = /\[(\d{5,})-/.exec(key)?.[1];
  return (
    form.fields.find((f) => f.name === key) ??
    form.fields.find((f) => f.id === key) ??
    (inner ? form.fields.find((f) => f.id === inner) : undefined) ??
    (number ? form.fields.find((f) => `${f.name} ${f.id}`.includes(`-${number}-`)) : undefined)
  );
}

/** What the page would send for a planned field: the option's value and label, "true"/"false" for ticks and yes/no. */
function sent(field: FormField, p: PlannedField | undefined): string[] | undefined {
  if (!p) return undefined;
  if (p.checked !== undefined)
    return p.checked ? ["true", "1", "yes", "on", field.label.toLowerCase()] : ["false", "no", "off"];
  if (p.value === undefined) return undefined;
  const option = field.options?.find((o) => o.value === p.value);
  const said = [p.value, option?.label ?? ""].map((s) => s.toLowerCase());
  const yes = said.some((s) => /^yes\b/.test(s));
  const no = said.some((s) => /^no\b/.test(s));
  return [...said, ...(yes ? ["true"] : []), ...(no ? ["false"] : [])];
}

/** Month/Day/Year inputs of one date (ids `<key>-dateSectionMonth-input` …), as the page sends them: YYYY-MM(-DD). */
function splitDate(field: FormField, form: FormDescription, result: FillPlanResponse): string | undefined {
  const key = /^(.*)-dateSectionMonth/.exec(field.id ?? "")?.[1];
  if (!key) return undefined;
  const part = (name: string) => {
    const f = form.fields.find((x) => x.id === `${key}-dateSection${name}-input`);
    return f ? result.plan.fields.find((x) => x.ref === f.ref)?.value : undefined;
  };
  const [month, day, year] = [part("Month"), part("Day"), part("Year")];
  if (!month || !year) return undefined;
  const two = (n: string) => n.padStart(2, "0");
  return day ? `${year}-${two(month)}-${two(day)}` : `${year}-${two(month)}`;
}

/** The dial code a planned phone country field gives ("+41"), which the page puts before the number. */
function phoneCode(form: FormDescription, result: FillPlanResponse): string | undefined {
  const p = result.plan.fields.find((x) => x.fact === "phone_country_code");
  const field = form.fields.find((f) => f.ref === p?.ref);
  const said = `${p?.value ?? ""} ${field?.options?.find((o) => o.value === p?.value)?.label ?? ""}`;
  return /\+\d{1,4}/.exec(said)?.[0] ?? (/switzerland|schweiz|suisse/i.test(said) ? "+41" : undefined);
}

/** Every expectation of the case whose field is on this step; returns the keys judged. */
export function judgeStep(name: string, form: FormDescription, result: FillPlanResponse): string[] {
  const kase = caseOf(name);
  const judged: string[] = [];
  for (const [key, want] of Object.entries(kase.expect)) {
    const field = fieldFor(name, key, form);
    if (!field) continue;
    judged.push(key);
    const p = result.plan.fields.find((x) => x.ref === field.ref);
    const got = sent(field, p) ?? [];
    const date = splitDate(field, form, result);
    if (date) got.unshift(date);
    const code = phoneCode(form, result);
    if ((code && p?.value && field.type === "tel") || (code && p?.fact === "phone_number_national"))
      got.push(`${code} ${p?.value ?? ""}`.toLowerCase());
    const where = `${name} ${key} (${field.label}) planned ${JSON.stringify(p)}`;
    const pick = field.type === "combobox" && (field.options ?? []).length === 0;
    if (typeof want === "string") {
      // Typed to search, then the best suggestion picked: every part of the text is in the option wanted.
      if (pick && !/[a-z]/i.test(want)) continue; // an opaque id of the suggestion picked
      if (pick)
        expect
          .soft(
            p?.value?.split(",").every((part) => want.toLowerCase().includes(part.trim().toLowerCase())),
            where,
          )
          .toBe(true);
      else expect.soft(got, where).toContain(want.toLowerCase());
    } else if (want.file) {
      expect.soft(p?.resumeVersionId, where).toBeTruthy();
    } else if (want.oneOf) {
      const oneOf = want.oneOf.map((o) => o.toLowerCase());
      expect
        .soft(
          got?.some((g) => oneOf.includes(g)),
          where,
        )
        .toBe(true);
    } else if (want.contains) {
      const part = want.contains.toLowerCase();
      expect
        .soft(
          got?.some((g) => g.includes(part)),
          where,
        )
        .toBe(true);
    } else if (want.allOf || want.noneOf) {
      const values = (p?.values ?? []).map((v) => field.options?.find((o) => o.value === v)?.label ?? v);
      for (const v of want.allOf ?? []) expect.soft(values, where).toContain(v);
      for (const v of want.noneOf ?? []) expect.soft(values, where).not.toContain(v);
    } else if (want.absentOr !== undefined) {
      if (p !== undefined && got.length > 0 && !pick && !(p.checked === false))
        expect.soft(got, where).toContain(want.absentOr.toLowerCase());
    } else if (want.nonempty) {
      expect.soft(p?.value?.length ?? 0, where).toBeGreaterThanOrEqual(want.minLength ?? 1);
      for (const bad of want.notContains ?? []) expect.soft(p?.value ?? "", where).not.toContain(bad);
    }
  }
  for (const key of kase.forbid ?? []) {
    const field = fieldFor(name, key, form);
    const p = result.plan.fields.find((x) => x.ref === field?.ref);
    expect.soft(Boolean(p?.value) || p?.checked === true, `${name} ${key} must not be sent`).toBe(false);
  }
  return judged;
}
