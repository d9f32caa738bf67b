import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { codeMethod } from "../src/apply/verification-code.ts";

const field = (html: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const input = document.querySelector("input");
  if (!input) throw new Error("no input in the test page");
  return input;
};

/** How the site says it sent the code, which the person's message names ("sent a code by SMS"). */
describe("the way a code was sent", () => {
  it.each([
    ["sms", `<div><label>Enter the 6-digit code we sent to your phone</label><input></div>`],
    ["sms", `<form><p>We texted a code to +41 ••• ••23</p><input autocomplete="one-time-code"></form>`],
    ["email", `<form><p>Check your inbox: we e-mailed you a verification code.</p><input></form>`],
    ["email", `<section><p>Wir haben Ihnen einen Bestätigungscode per E-Mail geschickt.</p><input></section>`],
    ["app", `<form><p>Enter the code from your authenticator app</p><input></form>`],
    ["app", `<form><p>Enter your one-time code</p><input></form>`],
  ])("%s: %s", (method, html) => expect(codeMethod(field(html))).toBe(method));

  it("reads the words next to the field before the rest of the page", () => {
    const input = field(
      `<p>Questions? Call us or e-mail careers@example.com</p><form><p>We sent an SMS with your code.</p><input></form>`,
    );
    expect(codeMethod(input)).toBe("sms");
  });
});
