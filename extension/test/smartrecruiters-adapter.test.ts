import { describe, expect, it } from "vitest";
import { smartrecruiters } from "../src/adapters/smartrecruiters.ts";
import { openFormPage } from "./fixture-page.ts";

describe("smartrecruiters adapter", () => {
  it("lists the résumé control of the form model and leaves the autofill drop zone out", async () => {
    const page = await openFormPage("smartrecruiters");
    const form = smartrecruiters.listFields(page.document, { step: 0, pageUrl: page.case.url });
    const files = form.fields.filter((field) => field.type === "file");
    expect(files.map((field) => field.label)).toEqual(["Resume"]);
    expect(form.fields.some((field) => field.label === "First name")).toBe(true);
  });
});
