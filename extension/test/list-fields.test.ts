import { type FieldType, FormDescription, type FormField } from "@nyx/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveRef } from "../src/fill/field-ref.ts";
import { listFields } from "../src/fill/list-fields.ts";
import { type FixturePage, formCaseNames, openFormPage } from "./fixture-page.ts";

/**
 * The lister against every form fixture, rendered by its own scripts in linkedom. Generic
 * checks run on every case; the table below pins what each case must show on its first step.
 * (Fixture names and labels live here, never in src/: the lister is measured on forms it has
 * not seen.)
 */

interface Want {
  type?: FieldType;
  label?: string | RegExp;
  required?: boolean;
  /** Option values, in order. */
  values?: string[];
  /** Option labels, in order. */
  labels?: string[];
  name?: string | null;
  currentValue?: string;
  section?: string;
  hint?: string;
}

interface CaseWants {
  /** How many fields a person sees on step 1. */
  count: number;
  language: string;
  /** Fields by `name` (or `id` when the control has no name). */
  byName?: Record<string, Want>;
  /** Fields that carry no DOM name, found by label. */
  byLabel?: (Want & { label: RegExp })[];
  /** Names / ids that must not be listed: honeypots, hidden inputs, fields of later steps. */
  absent?: string[];
}

const WANTS: Record<string, CaseWants> = {
  ashby: {
    count: 16,
    language: "en",
    byName: {
      _systemfield_name: { type: "text", label: "Name", required: true },
      _systemfield_resume: { type: "file", label: "Resume", required: true },
      communicationConsent: { type: "radio", values: ["given", "notGiven"], required: false },
      "0f9e8d7c-6b5a-4948-8372-6a5b4c3d2e1f": {
        type: "radio",
        label: /legally authorized to work in the EU\/EEA/,
        values: ["Yes", "No"],
        required: true,
      },
      "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d": { type: "radio", label: /visa sponsorship/, values: ["Yes", "No"] },
      "4b5c6d7e-8f90-4a1b-8c2d-3e4f5a6b7c8d": {
        type: "number",
        required: true,
        hint: "Gross, per year, numbers only.",
      },
      "6e7f8091-a2b3-4c4d-9e5f-60718293a4b5": {
        type: "radio",
        label: "What is your notice period?",
        values: ["Immediately", "2 weeks", "1 month", "2 months", "3 months or more"],
      },
      "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d": {
        type: "checkbox",
        label: /processing of my personal data/,
        required: true,
      },
    },
    byLabel: [
      { label: /^Where are you based\?$/, type: "combobox", required: true, name: null },
      { label: /^How did you hear about Lumenweave\?$/, type: "combobox", required: false },
    ],
    absent: ["g-recaptcha-response"],
  },
  "generic-german": {
    count: 22,
    language: "de",
    byName: {
      "bewerber[vorname]": { type: "text", label: "Vorname", required: true, section: "Persönliche Angaben" },
      "bewerber[land]": { type: "select", label: "Land", values: ["DE", "AT", "CH", "LI", "FR", "IT", "NL", "XX"] },
      "unterlagen[lebenslauf]": { type: "file", label: "Lebenslauf", required: true },
      "fragen[eintrittstermin]": { type: "date", required: true },
      "bewerber[telefon]": {
        type: "tel",
        label: "Telefonnummer",
        hint: "Bitte mit Ländervorwahl, z. B. +49 89 1234567",
      },
      "fragen[arbeitserlaubnis]": {
        type: "radio",
        label: /Arbeitserlaubnis/,
        values: ["ja", "nein"],
        labels: ["Ja", "Nein"],
      },
      datenschutz: { type: "checkbox", required: true, section: "Datenschutz" },
      talentpool: { type: "checkbox", required: false, label: /Talentpool/ },
    },
    absent: ["homepage", "stelle"],
  },
  "generic-plain": {
    count: 12,
    language: "en",
    byName: {
      f1: { type: "text", label: "First name", required: true },
      f2: { type: "text", label: "Last name", required: true },
      f3: { type: "text", label: "E-mail address", required: true },
      f4: { type: "text", label: "Telephone", required: true },
      f5: { type: "text", label: "Place of residence (city)", required: true },
      f6: { type: "file", label: "Curriculum vitae (PDF)", required: true },
      f7: { type: "text", label: "Salary expectation (CHF gross per year)", required: true },
      f8: {
        type: "select",
        label: "Notice period",
        values: ["1", "2", "3", "4", "5"],
        labels: ["none", "1 month", "2 months", "3 months", "6 months"],
      },
      f9: {
        type: "radio",
        label: "Do you require a work permit to work in Switzerland?",
        values: ["a", "b"],
        labels: ["Yes", "No"],
        required: true,
      },
      f10: { type: "textarea", label: "Why do you want to join Rheinfeld Instruments?", required: true },
      f11: { type: "text", label: "LinkedIn profile", required: false },
      f12: {
        type: "checkbox",
        label: /^Data protection: I agree that Rheinfeld Instruments AG may process/,
        required: true,
      },
    },
    absent: ["website_url_hp", "job"],
  },
  "greenhouse-classic": {
    count: 25,
    language: "en",
    byName: {
      "job_application[location]": { type: "combobox", label: "Location (City)", required: true },
      "job_application[resume]": { type: "file", label: "Resume/CV", required: true },
      "job_application[cover_letter]": { type: "file", label: "Cover Letter", required: false },
      "job_application[answers_attributes][1][boolean_value]": {
        type: "select",
        label: "Are you legally authorized to work in Switzerland?",
        values: ["0", "1"],
        labels: ["No", "Yes"],
        required: true,
      },
      "job_application[answers_attributes][4][answer_selected_options_attributes][0][question_option_id]": {
        type: "select",
        label: "What is your notice period?",
        values: ["88120001", "88120002", "88120003", "88120004", "88120005", "88120006"],
      },
      "job_application[answers_attributes][7][answer_selected_options_attributes][0][question_option_id]": {
        type: "radio",
        label: "Which working model would you prefer?",
        values: ["88140001", "88140002", "88140003"],
        labels: ["On-site", "Hybrid", "Fully remote"],
        required: true,
      },
      "job_application[educations][][school_name_id]": {
        type: "combobox",
        label: "School",
        required: true,
        section: "Education",
      },
      "job_application[educations][][degree_id]": { type: "select", label: "Degree", section: "Education" },
      "job_application[data_compliance][gdpr_retention_consent_given]": { type: "checkbox", required: false },
    },
    absent: [
      "website_url_hp",
      "job_application[resume_text]",
      "job_application[cover_letter_text]",
      "job_application[latitude]",
      "utf8",
      "s2id_autogen_job_application_answers_attributes_1_boolean_value",
    ],
  },
  "greenhouse-react": {
    count: 21,
    language: "en",
    byName: {
      first_name: { type: "text", label: "First Name", required: true },
      resume: { type: "file", label: "Resume/CV", required: true },
      cover_letter: { type: "file", label: "Cover Letter", required: false },
      country: { type: "combobox", label: "Country", section: "Phone" },
      "candidate-location": { type: "combobox", label: "Location (City)", required: true },
      question_41001002: { type: "combobox", label: "Are you legally authorized to work in Germany?", required: true },
      question_41001006: { type: "radio", values: ["On-site", "Hybrid", "Fully remote"], required: true },
      question_41001008: {
        type: "checkbox_group",
        values: ["PyTorch", "TensorFlow", "JAX", "Kubernetes", "Rust", "Kotlin"],
        required: true,
      },
      question_41001009: {
        type: "text",
        label: /employee ID/,
        hint: "Leave blank if you do not work at Helixgrid AI.",
      },
      gdpr_processing_consent_given: { type: "checkbox", label: /processing my personal data/, required: true },
    },
    absent: ["resume_text", "cover_letter_text"],
  },
  lever: {
    count: 25,
    language: "en",
    byName: {
      resume: { type: "file", label: "Resume/CV", required: true },
      name: { type: "text", label: "Full name", required: true },
      pronouns: {
        type: "checkbox_group",
        label: "Pronouns",
        values: ["He/him", "She/her", "They/them", "Use name only"],
      },
      location: { type: "combobox", label: "Current location", required: true },
      "cards[b7e3c0a2-5f14-4c8e-9d61-2a7f4e9c1b35][field0]": {
        type: "radio",
        label: "Are you legally authorized to work in the United States?",
        values: ["Yes", "No"],
        required: true,
        section: "Work Authorization",
      },
      "cards[e41d9f70-3a2b-4c6d-8e5f-7a9b0c1d2e3f][field4]": {
        type: "checkbox",
        label: /Applicant Privacy Notice/,
        required: true,
      },
      "eeo[veteran]": { type: "select", values: ["I am a veteran", "I am not a veteran", "Decline to self-identify"] },
      "consent[marketing]": { type: "checkbox", required: false },
    },
    absent: ["selectedLocation", "h-captcha-response", "accountId", "timezone"],
  },
  "linkedin-easy-apply": {
    count: 3,
    language: "en",
    byLabel: [
      { label: /^Email address$/, type: "select", required: true },
      { label: /^Phone country code$/, type: "select", required: true },
      { label: /^Mobile phone number$/, type: "text", required: true },
    ],
  },
  smartrecruiters: {
    count: 13,
    language: "en",
    byName: {
      firstName: { type: "text", label: "First name", required: true, section: "Personal information" },
      lastName: { type: "text", label: "Last name", required: true },
      email: { type: "email", label: "Email", required: true },
      confirmEmail: { type: "email", label: "Confirm your email" },
      location: { type: "combobox", label: "City", required: true },
      resume: { type: "file", label: "Resume", required: true },
      linkedin: { type: "text", label: "LinkedIn profile" },
      referralCode: { type: "text", label: "Employee referral code" },
    },
    byLabel: [
      { label: /^Phone number$/, type: "tel" },
      { label: /^Country code$/, type: "combobox", currentValue: "Netherlands (+31)" },
      { label: /^Autofill with your resume$/, type: "file" },
    ],
    absent: ["privacyPolicy", "q-7d3f2a10-4c1b-4e8a-9f2d-6b5c4a3e2d10"],
  },
  "sms-code": {
    count: 13,
    language: "en",
    byName: {
      phone: { type: "tel", label: "Mobile phone", required: true },
      phoneCountry: { type: "select", label: "Country code", currentValue: "+43" },
      workPermitAT: { type: "radio", values: ["yes", "no"], labels: ["Yes", "No, I need a permit"], required: true },
      consent: { type: "checkbox", required: true },
    },
    absent: ["verification_code"],
  },
  unanswerable: {
    count: 14,
    language: "en",
    byName: {
      "candidate[answers_attributes][2][choice]": {
        type: "select",
        label: /years of professional experience do you have with Rust/,
        values: ["1-2", "3-4", "5+"],
        required: true,
      },
      "candidate[answers_attributes][3][text]": { type: "text", required: true },
      "candidate[future_jobs_consent]": { type: "checkbox", required: false },
    },
    absent: ["authenticity_token", "candidate[answers_attributes][0][question_id]"],
  },
  "with-captcha": {
    count: 13,
    language: "en",
    byName: {
      needs_work_permit_ch: {
        type: "radio",
        label: "Do you need a work permit to work in Switzerland?",
        required: true,
      },
      privacy_consent: { type: "checkbox", required: true },
      newsletter_opt_in: { type: "checkbox", required: false },
    },
    absent: ["website_url_hp", "g-recaptcha-response", "requisition"],
  },
  workday: {
    count: 12,
    language: "en",
    byName: {
      candidateIsPreviousWorker: { type: "radio", values: ["true", "false"], labels: ["Yes", "No"], required: true },
      country: { type: "combobox", label: "Country", required: true, currentValue: "United States of America" },
      firstName: { type: "text", label: "First Name", required: true },
    },
    byLabel: [{ label: /^How Did You Hear About Us\?$/, type: "combobox", required: true }],
    absent: ["website", "beecatcher"],
  },
};

/** Form controls anywhere in the page, shadow roots included. */
function controlsOf(root: Document | Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const element of Array.from(root.querySelectorAll("*"))) {
    if (["input", "select", "textarea", "button"].includes(element.localName)) out.push(element);
    if (element.shadowRoot) controlsOf(element.shadowRoot, out);
  }
  return out;
}

/** Inside an element with the `hidden` attribute (a later step of the form), through shadow hosts. */
function inHiddenStep(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node.nodeType === 1 && (node as Element).hasAttribute("hidden")) return true;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}

/**
 * Expected field names that are plain DOM fields of step 1: a control with that name (or id)
 * that is not `type=hidden` and not on a later (hidden) step. Keys that are names of a JSON
 * body rather than of a control are checked through `byLabel` instead.
 */
function plainFieldKeys(page: FixturePage): string[] {
  const controls = controlsOf(page.document);
  return Object.keys(page.case.expect).filter((key) =>
    controls.some(
      (control) =>
        (control.getAttribute("name") === key || control.getAttribute("id") === key) &&
        control.getAttribute("type") !== "hidden" &&
        !inHiddenStep(control),
    ),
  );
}

function byKey(fields: readonly FormField[], key: string): FormField[] {
  const named = fields.filter((field) => field.name === key);
  return named.length > 0 ? named : fields.filter((field) => !field.name && field.id === key);
}

function checkWant(field: FormField, want: Want): void {
  if (want.type) expect(field.type).toBe(want.type);
  if (typeof want.label === "string") expect(field.label).toBe(want.label);
  if (want.label instanceof RegExp) expect(field.label).toMatch(want.label);
  if (want.required !== undefined) expect(field.required).toBe(want.required);
  if (want.values) expect(field.options?.map((option) => option.value)).toEqual(want.values);
  if (want.labels) expect(field.options?.map((option) => option.label)).toEqual(want.labels);
  if (want.name === null) expect(field.name).toBeUndefined();
  else if (want.name !== undefined) expect(field.name).toBe(want.name);
  if (want.currentValue !== undefined) expect(field.currentValue).toBe(want.currentValue);
  if (want.section !== undefined) expect(field.section).toBe(want.section);
  if (want.hint !== undefined) expect(field.hint).toBe(want.hint);
}

describe.each(formCaseNames())("form fixture %s", (name) => {
  const wants = WANTS[name];
  let page: FixturePage;
  let form: FormDescription;
  beforeAll(async () => {
    page = await openFormPage(name);
    form = listFields(page.document, { pageUrl: page.case.url });
  });

  it("is a case this test knows", () => {
    expect(wants, `add ${name} to WANTS`).toBeDefined();
  });

  it("renders without script errors", () => {
    expect(page.scriptErrors).toEqual([]);
  });

  it("describes the form in the shared schema", () => {
    const parsed = FormDescription.parse(form);
    expect(parsed.pageUrl).toBe(page.case.url);
    expect(parsed.step).toBe(0);
    expect(parsed.language).toBe(wants?.language);
    expect(form.fields).toHaveLength(wants?.count ?? -1);
  });

  it("gives every field a label and a ref that finds its elements", () => {
    const refs = new Set<string>();
    for (const field of form.fields) {
      expect(field.label, JSON.stringify(field)).not.toBe("");
      expect(refs.has(field.ref)).toBe(false);
      refs.add(field.ref);
      const elements = resolveRef(page.document, field.ref);
      expect(elements.length, field.label).toBeGreaterThan(0);
      if (field.type === "radio" || field.type === "checkbox_group")
        expect(elements).toHaveLength(field.options?.length ?? 0);
    }
  });

  it("lists every expected plain DOM field of step 1 once, with a label", () => {
    const keys = plainFieldKeys(page);
    for (const key of keys) {
      const found = byKey(form.fields, key);
      expect(found.length, `${key} listed once`).toBe(1);
      expect(found[0]?.label, key).toMatch(/\p{L}/u);
    }
  });

  it("lists each radio group as one field with its options", () => {
    const radios = form.fields.filter((field) => field.type === "radio");
    const names = radios.map((field) => field.name).filter((fieldName) => fieldName !== undefined);
    expect(new Set(names).size).toBe(names.length);
    for (const radio of radios) expect(radio.options?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it("lists no hidden input, except one a visible dropdown widget stands for", () => {
    for (const field of form.fields) {
      for (const element of resolveRef(page.document, field.ref)) {
        if (element.localName === "input" && element.getAttribute("type") === "hidden")
          expect(field.type).toBe("combobox");
      }
    }
  });

  it("leaves out honeypots, hidden inputs and later steps", () => {
    for (const gone of wants?.absent ?? []) {
      expect(
        form.fields.filter((field) => field.name === gone || field.id === gone),
        gone,
      ).toEqual([]);
    }
  });

  it("describes the case's fields as a person sees them", () => {
    for (const [key, want] of Object.entries(wants?.byName ?? {})) {
      const found = byKey(form.fields, key);
      expect(found.length, `${key} listed once`).toBe(1);
      const [field] = found;
      if (field) checkWant(field, want);
    }
    for (const want of wants?.byLabel ?? []) {
      const found = form.fields.filter((field) => want.label.test(field.label));
      expect(found.length, `${want.label} listed once`).toBe(1);
      const [field] = found;
      if (field) checkWant(field, want);
    }
  });

  it("keeps refs and fields when listed again", () => {
    const again = listFields(page.document, { pageUrl: page.case.url });
    expect(again).toEqual(form);
  });
});
