import { type ExtractedPosting, FillPlan, type FormDescription, type FormField, Profile } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import type { FreeTextWriter } from "../src/write/free-text.ts";
import { planFill } from "../src/write/plan-fill.ts";

import { ada } from "./ada.ts";
import { f, opts, posting, RESUMES, recordingWriter, same } from "./write-support.ts";

interface Over {
  job?: Partial<ExtractedPosting>;
  language?: string;
  profile?: Profile;
  writer?: FreeTextWriter;
  effort?: "low" | "medium" | "high";
}

async function plan(fields: FormField[], over: Over = {}) {
  const writer = over.writer ?? recordingWriter();
  const form: FormDescription = {
    pageUrl: "https://jobs.example.com/apply",
    step: 0,
    fields,
    ...(over.language ? { language: over.language } : {}),
  };
  const result = await planFill(form, {
    profile: over.profile ?? ada,
    posting: posting(over.job),
    resumes: RESUMES,
    writer,
    ...(over.effort ? { effort: over.effort } : {}),
  });
  FillPlan.parse(result);
  const byRef = (ref: string) => result.fields.find((p) => p.ref === ref);
  const flagged = (ref: string) => result.flags.find((x) => x.ref === ref);
  const skipped = (ref: string) => result.skipped.find((x) => x.ref === ref);
  return { result, byRef, flagged, skipped };
}

/** Plans one field and returns what became of it. */
async function one(field: FormField, over: Over = {}) {
  const { byRef, flagged, skipped } = await plan([field], over);
  return { planned: byRef(field.ref), flag: flagged(field.ref), skip: skipped(field.ref) };
}
const value = async (field: FormField, over: Over = {}) => (await one(field, over)).planned?.value;

describe("salary: the profile's target in the currency asked, never converted", () => {
  it.each<[string, Partial<ExtractedPosting>, string]>([
    ["Salary expectations (CHF gross per year)", {}, "150000"],
    ["Gehaltsvorstellung (Brutto-Jahresgehalt in EUR)", {}, "110000"],
    ["Expected annual salary (€)", {}, "110000"],
    ["What is your expected salary?", { country: "Germany" }, "110000"],
    [
      "What is your expected salary?",
      { country: "Switzerland", salary: { currency: "EUR", min: 90000, period: "year" } },
      "110000",
    ],
    ["Desired compensation (USD)", {}, "175000"],
    ["What is your expected salary?", { country: "United States" }, "175000"],
    ["Expected monthly salary in EUR", {}, "9167"],
  ])("%s %j → %s", async (label, job, expected) => {
    expect(await value(f(label, { required: true }), { job })).toBe(expected);
  });

  it("flags a currency the profile has no target in", async () => {
    const { flag, planned } = await one(f("Salary expectations (GBP)", { required: true }));
    expect(planned).toBeUndefined();
    expect(flag?.reason).toBe("salary_not_in_profile_for_currency");
  });

  it("writes a number for number inputs, words for text areas, and picks a range option", async () => {
    expect(await value(f("Expected salary (CHF)", { type: "number" }))).toBe("150000");
    expect(await value(f("Expected salary (CHF)", { type: "textarea" }))).toBe("150000 CHF per year");
    const ranges = opts(["a", "CHF 100,000 - 130,000"], ["b", "CHF 130,001 - 160,000"], ["c", "CHF 160,000+"]);
    expect(await value(f("Expected salary (CHF)", { type: "select", options: ranges }))).toBe("b");
  });
});

describe("work authorisation and sponsorship per country, from the profile", () => {
  it.each<[string, string, string]>([
    ["Are you legally authorized to work in Switzerland?", "Yes", "No"],
    ["Are you legally authorized to work in Germany?", "Yes", "No"],
    ["Are you legally authorized to work in Norway?", "Yes", "No"],
    ["Are you legally authorized to work in the United Kingdom?", "No", "Yes"],
    ["Are you legally authorized to work in the US?", "No", "Yes"],
  ])("%s → %s / sponsorship %s", async (label, authorized, sponsorship) => {
    const choice = { type: "select" as const, options: opts(["y", "Yes"], ["n", "No"]), required: true };
    const country = label.replace(/.* in (the )?/, "").replace("?", "");
    const auth = await value(f(label, choice));
    const sponsor = await value(
      f(`Will you now or in the future require visa sponsorship to work in the ${country}?`, choice),
    );
    expect([auth, sponsor]).toEqual([authorized === "Yes" ? "y" : "n", sponsorship === "Yes" ? "y" : "n"]);
  });

  it("takes the job's country when the question names none", async () => {
    const field = f("Will you require sponsorship to work in this country?", {
      type: "radio",
      required: true,
      options: opts(["1", "Yes"], ["0", "No"]),
    });
    expect(await value(field, { job: { country: "United Kingdom" } })).toBe("1");
    expect(await value(field, { job: { country: "Austria" } })).toBe("0");
  });

  it("reads the profile, not a rule: another person gets other answers", async () => {
    const other = Profile.parse({
      ...ada,
      work_authorization: { Germany: "citizen", EU: "authorized" },
      needs_sponsorship_outside: ["Switzerland"],
    });
    const choice = { type: "select" as const, options: opts(["y", "Yes"], ["n", "No"]), required: true };
    expect(await value(f("Are you legally authorized to work in Switzerland?", choice), { profile: other })).toBe("n");
    expect(await value(f("Do you require a work permit to work in Switzerland?", choice), { profile: other })).toBe(
      "y",
    );
  });

  it("flags a country the profile says nothing about", async () => {
    const { flag } = await one(
      f("Are you legally authorized to work in Canada?", {
        type: "select",
        required: true,
        options: opts(["y", "Yes"], ["n", "No"]),
      }),
    );
    expect(flag?.reason).toBe("work_authorization_not_in_profile");
  });

  it("answers yes/no in the form's words when there are no options", async () => {
    expect(await value(f("Benötigen Sie eine Arbeitserlaubnis für Deutschland?"), { language: "de" })).toBe("Nein");
    expect(await value(f("Êtes-vous autorisé à travailler en Suisse ?"), { language: "fr" })).toBe("Oui");
  });
});

describe("notice period: only among the field's own options, in any language", () => {
  it.each<[FormField, string | undefined]>([
    [
      f("Notice period", { type: "select", options: same("Immediately", "1 month", "2 months", "3 months") }),
      "2 months",
    ],
    [
      f("Kündigungsfrist", { type: "select", options: same("keine", "2 Wochen", "1 Monat", "2 Monate", "3 Monate") }),
      "2 Monate",
    ],
    [
      f("Notice period", {
        type: "select",
        options: opts(["1", "none"], ["2", "1 month"], ["3", "2 Monate"], ["4", "3 months"]),
      }),
      "3",
    ],
    [f("Délai de préavis", { type: "radio", options: opts(["a", "1 mois"], ["b", "2 mois"], ["c", "3 mois"]) }), "b"],
    [f("Notice period", { type: "select", options: same("Less than 4 weeks", "8 weeks", "12 weeks") }), "8 weeks"],
    [
      f("Notice period", { type: "select", options: same("Less than 1 month", "1-3 months", "More than 3 months") }),
      "1-3 months",
    ],
    [f("What is your notice period in weeks?", { type: "number" }), "8"],
    [f("Notice period"), "2 months"],
  ])("%s → %s", async (field, expected) => {
    expect(await value(field)).toBe(expected);
  });

  it("writes the notice period in the form's language", async () => {
    expect(await value(f("Kündigungsfrist"), { language: "de" })).toBe("2 Monate");
    expect(await value(f("Délai de préavis"), { language: "fr" })).toBe("2 mois");
  });
});

describe("EEO and ready answers: the option that means the same, else flag or skip", () => {
  it("matches differing wording", async () => {
    const veteran = f("Veteran status", {
      type: "select",
      options: same("I am a veteran", "I am not a veteran", "Decline to self-identify"),
    });
    const disability = f("Disability status", {
      type: "select",
      options: same(
        "Yes, I have a disability, or have a history of having a disability",
        "No, I don't have a disability",
        "I don't wish to answer",
      ),
    });
    const gender = f("Gender", {
      type: "select",
      options: same("Female", "Male", "Non-binary", "I do not wish to disclose"),
    });
    const race = f("Race", {
      type: "select",
      options: same("Hispanic or Latino", "White (Not Hispanic or Latino)", "Decline to self-identify"),
    });
    expect(await value(veteran)).toBe("I am not a veteran");
    expect(await value(disability)).toBe("I don't wish to answer");
    expect(await value(gender)).toBe("I do not wish to disclose");
    expect(await value(race)).toBe("Decline to self-identify");
    expect((await one(veteran)).planned?.confidence).toBeLessThan(0.9);
  });

  it("skips an optional one without an equivalent option and flags a required one", async () => {
    const options = same("Male", "Female");
    const optional = await one(f("Gender", { type: "select", options }));
    expect([optional.planned, optional.skip?.reason]).toEqual([undefined, "no_option_means_the_same"]);
    const required = await one(f("Gender", { type: "select", options, required: true }));
    expect(required.flag?.reason).toBe("no_option_means_the_same");
  });

  it("answers how-did-you-hear, pronouns and former employment", async () => {
    expect(await value(f("How Did You Hear About Us?", { type: "combobox" }))).toBe("LinkedIn");
    const pronouns = await one(
      f("Pronouns", { type: "checkbox_group", options: same("He/him", "She/her", "They/them") }),
    );
    expect(pronouns.planned?.values).toEqual(["She/her"]);
    const former = f("Have you previously worked for us?", {
      type: "radio",
      required: true,
      options: opts(["true", "Yes"], ["false", "No"]),
    });
    expect(await value(former)).toBe("false");
  });
});

describe("consents", () => {
  it("gives the required data-processing consent in any shape", async () => {
    expect(
      (await one(f("I agree to the processing of my application data.", { type: "checkbox", required: true }))).planned
        ?.checked,
    ).toBe(true);
    const group = await one(
      f("Privacy", {
        type: "checkbox_group",
        required: true,
        options: same("I have read and agree to the Privacy Policy"),
      }),
    );
    expect(group.planned?.values).toEqual(["I have read and agree to the Privacy Policy"]);
  });

  it("never gives an optional consent and unticks a pre-ticked one", async () => {
    for (const label of [
      "Send me the science newsletter.",
      "Yes, you may contact me about future job opportunities and send me news by email.",
      "Keep me in mind for future job openings (data kept for 24 months).",
    ]) {
      const r = await one(f(label, { type: "checkbox" }));
      expect([label, r.planned, r.skip?.reason]).toEqual([label, undefined, "optional_consent"]);
    }
    const follow = await one(
      f("Follow the company to stay up to date with their page.", { type: "checkbox", currentValue: "true" }),
    );
    expect(follow.planned).toMatchObject({ checked: false, source: "default" });
    const sms = await one(
      f("SMS updates", {
        type: "radio",
        required: true,
        options: opts(
          ["given", "Yes - I consent to receiving text messages"],
          ["notGiven", "No - I do not consent to receiving text messages"],
        ),
      }),
    );
    expect(sms.planned?.value).toBe("notGiven");
  });
});

describe("pre-filled values are checked, not trusted", () => {
  it("corrects, replaces and clears", async () => {
    const fields = [
      f("Current company", { name: "org", currentValue: "Analytical Engines Ltd" }),
      f("Twitter URL", { name: "twitter", currentValue: "https://twitter.com/someone" }),
      f("Resume", { name: "resume", type: "file", currentValue: "Ada_Lovelace_Resume_2023.pdf", required: true }),
      f("Phone country code", {
        name: "cc",
        type: "select",
        currentValue: "US",
        options: opts(["US", "United States (+1)"], ["CH", "Switzerland (+41)"], ["DE", "Germany (+49)"]),
      }),
      f("Mobile phone number", { name: "phone", required: true }),
    ];
    const { byRef } = await plan(fields);
    expect(byRef("org")?.value).toBe("Helvetic Analytics AG");
    expect(byRef("twitter")).toMatchObject({ value: "", source: "default" });
    expect(byRef("resume")?.resumeVersionId).toBe("rv-en");
    expect(byRef("cc")?.value).toBe("CH");
    expect(byRef("phone")?.value).toBe("79 555 01 23");
  });
});

describe("languages, experience, skills and the rest", () => {
  const levels = same("None", "Conversational", "Professional", "Native or bilingual");

  it("never claims a higher language level than the profile's", async () => {
    expect(await value(f("What is your level of proficiency in German?", { type: "select", options: levels }))).toBe(
      "Professional",
    );
    expect(await value(f("What is your level of proficiency in English?", { type: "select", options: levels }))).toBe(
      "Professional",
    );
    expect(await value(f("What is your level of proficiency in Italian?", { type: "select", options: levels }))).toBe(
      "None",
    );
    const noNone = await one(
      f("Italian proficiency", { type: "select", required: true, options: same("Conversational", "Fluent") }),
    );
    expect(noNone.flag?.reason).toBe("language_not_in_profile");
    expect(await value(f("Niveau d'allemand", { type: "select", options: same("A2", "B1", "B2", "C1", "C2") }))).toBe(
      "C1",
    );
  });

  it("answers years of experience as a number or a range", async () => {
    expect(await value(f("How many years of professional work experience do you have?", { type: "number" }))).toBe("9");
    const ranges = same("0-2 years", "3-5 years", "6-8 years", "9+ years");
    expect(await value(f("Years of experience", { type: "select", options: ranges }))).toBe("9+ years");
  });

  it("ticks only skills the person has", async () => {
    const stack = f("Which of the following have you used in production? (select all that apply)", {
      type: "checkbox_group",
      options: same("PyTorch", "TensorFlow", "JAX", "Kubernetes", "Rust", "Kotlin"),
    });
    expect((await one(stack)).planned?.values).toEqual(["PyTorch", "Kubernetes"]);
    expect(
      await value(
        f("Do you have experience with Kubernetes?", { type: "radio", options: opts(["y", "Yes"], ["n", "No"]) }),
      ),
    ).toBe("y");
    expect(
      (
        await one(
          f("Do you have experience with Kotlin?", {
            type: "radio",
            required: true,
            options: opts(["y", "Yes"], ["n", "No"]),
          }),
        )
      ).flag?.reason,
    ).toBe("skill_not_claimed");
  });

  it("fills the current job and the working model", async () => {
    const { byRef } = await plan([
      f("Job Title", { name: "t", section: "Work Experience", required: true }),
      f("Company", { name: "c", section: "Work Experience", required: true }),
      f("From", { name: "s", section: "Work Experience", placeholder: "MM/YYYY" }),
      f("I currently work here", { name: "cur", type: "checkbox", section: "Work Experience" }),
      f("Which working arrangement do you prefer?", {
        name: "mode",
        type: "radio",
        options: same("On-site", "Hybrid", "Fully remote"),
      }),
      f("Are you willing to relocate to Amsterdam?", { name: "move", type: "radio", options: same("Yes", "No") }),
    ]);
    expect(byRef("t")?.value).toBe("Senior Machine Learning Engineer");
    expect(byRef("c")?.value).toBe("Helvetic Analytics AG");
    expect(byRef("s")?.value).toBe("03/2021");
    expect(byRef("cur")?.checked).toBe(true);
    expect(byRef("mode")?.value).toBe("Hybrid");
    expect(byRef("move")?.value).toBe("Yes");
  });

  it("answers nationality from citizenship, never from residence", async () => {
    const countries = opts(["DE", "Germany"], ["CH", "Switzerland"], ["FR", "France"]);
    expect(await value(f("Nationality", { type: "select", options: countries }))).toBe("CH");
    const resident = Profile.parse({ ...ada, work_authorization: { Switzerland: "permanent_resident" } });
    const r = await one(f("Nationality", { type: "select", options: countries, required: true }), {
      profile: resident,
    });
    expect([r.planned, r.flag?.reason]).toEqual([undefined, "not_in_profile"]);
    expect(await value(f("Country of residence", { type: "select", options: countries }), { profile: resident })).toBe(
      "CH",
    );
  });

  it("reads a split education date from the field's name when no heading says Education", async () => {
    const { byRef } = await plan([
      f("Start Date Month", { name: "application[educations][][start_date][month]", placeholder: "MM", maxLength: 2 }),
      f("Start Date Year", { name: "application[educations][][start_date][year]", placeholder: "YYYY", maxLength: 4 }),
      f("Earliest possible start date", { name: "start", type: "date" }),
    ]);
    expect([
      byRef("application[educations][][start_date][month]")?.value,
      byRef("application[educations][][start_date][year]")?.value,
    ]).toEqual(["09", "2014"]);
    expect(byRef("start")?.value).toBe("2027-02-01");
  });

  it("ticks the lone checkbox that says the answer and no other", async () => {
    const { result } = await plan(
      ["He/him", "She/her", "They/them"].map((label, i) =>
        f(label, { ref: `p${i}`, name: "pronouns", type: "checkbox" }),
      ),
    );
    expect(result.fields).toEqual([expect.objectContaining({ ref: "p1", checked: true, fact: "pronouns" })]);
  });

  it("splits the phone when the form asks for the country code apart", async () => {
    const { byRef } = await plan([
      f("Phone Device Type", { name: "type", type: "select", required: true, options: same("Home", "Mobile", "Work") }),
      f("Country Phone Code", {
        name: "code",
        type: "combobox",
        required: true,
        options: same("Germany (+49)", "Liechtenstein (+423)", "Switzerland (+41)"),
      }),
      f("Phone Number", { name: "number", type: "tel", required: true }),
    ]);
    expect([byRef("type")?.value, byRef("code")?.value, byRef("number")?.value]).toEqual([
      "Mobile",
      "Switzerland (+41)",
      "79 555 01 23",
    ]);
  });
});

describe("free text: the writer's output is checked and only used in free-text fields", () => {
  const llm = (text: string): FreeTextWriter => ({ write: async () => ({ text, source: "llm" }) });
  const why = () => f("Why do you want to join us?", { name: "why", type: "textarea", required: true });

  it("drops sentences that claim a skill never claimed, and keeps the source", async () => {
    const { planned } = await one(why(), {
      writer: llm("I love PyTorch. I have shipped Kotlin apps for years. I want to join."),
    });
    expect(planned).toMatchObject({ value: "I love PyTorch. I want to join.", source: "llm" });
  });

  it("flags text with unfilled placeholders and a failing writer", async () => {
    expect((await one(why(), { writer: llm("Dear {{hiring_team}}, hello.") })).flag?.reason).toBe("free_text_rejected");
    const failing: FreeTextWriter = { write: async () => Promise.reject(new Error("down")) };
    expect((await one(why(), { writer: failing })).flag?.reason).toBe("writer_failed");
  });

  it("leaves optional extra text out, and optional letters at low effort", async () => {
    expect((await one(f("Anything else you would like to share?", { type: "textarea" }))).skip?.reason).toBe(
      "optional_free_text",
    );
    const letter = f("Cover letter", { type: "textarea" });
    expect((await one(letter)).planned?.source).toBe("template");
    expect((await one(letter, { effort: "low" })).skip?.reason).toBe("low_effort");
  });

  it("cuts text to the field's length", async () => {
    const { planned } = await one(f("Why do you want to join us?", { required: true, maxLength: 120 }));
    expect(planned?.value?.length).toBeLessThanOrEqual(120);
    expect(planned?.value?.length).toBeGreaterThan(20);
  });
});
