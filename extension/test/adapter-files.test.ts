import { describe, expect, it } from "vitest";
import { ashby } from "../src/adapters/ashby.ts";
import { smartrecruiters } from "../src/adapters/smartrecruiters.ts";
import { openFormPage } from "./fixture-page.ts";

describe("file fields of the site's form model", () => {
  it("SmartRecruiters: the résumé control, not the autofill drop zone", async () => {
    const page = await openFormPage("smartrecruiters");
    const form = smartrecruiters.listFields(page.document, { step: 0, pageUrl: page.case.url });
    expect(form.fields.filter((field) => field.type === "file").map((field) => field.label)).toEqual(["Resume"]);
    expect(form.fields.some((field) => field.label === "First name")).toBe(true);
  });

  it("Ashby: the résumé entry stays listed", async () => {
    const page = await openFormPage("ashby");
    const form = ashby.listFields(page.document, { step: 0, pageUrl: page.case.url });
    expect(form.fields.filter((field) => field.type === "file").map((field) => field.label)).toEqual(["Resume"]);
  });
});
