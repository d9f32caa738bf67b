import { FormDescription } from "@nyx/shared";

/**
 * A real fixture form (../shared/fixtures/forms/<caseName>) as the extension describes it to the
 * server: the page is parsed with linkedom, its own scripts render the form (as in a browser),
 * and the extension's `listFields` lists step 1 with the case's `url` as the page address. Use
 * it to ask the fill planner about real forms:
 *
 *   const form = formDescriptionOf("greenhouse-classic");
 *   await app.request("/api/fill-plan", { method: "POST", body: JSON.stringify({ form }), … });
 *
 * Values a page sets only after a promise settles (SmartRecruiters' default phone country) are
 * not there yet: this runs synchronously. Each call renders a fresh page.
 */
export function formDescriptionOf(caseName: string): FormDescription {
  const page = lister.loadFormPage(caseName);
  if (page.scriptErrors.length > 0) {
    throw new Error(`form fixture ${caseName} did not render: ${page.scriptErrors.join("; ")}`);
  }
  return FormDescription.parse(lister.listFields(page.document, { pageUrl: page.case.url }));
}

/**
 * Every step of a multi-step fixture form as the extension would list it on arriving there: step
 * `i` is listed with `step: i`. How a person gets to each step (the page's own navigation, "Add"
 * for repeated sections) is played here by the page's own code, so the listing is the page's.
 * Steps without questions (a review page) and steps that are interruptions (an SMS code) are left out.
 */
export function formStepsOf(caseName: string): FormDescription[] {
  const reveal = STEPS[caseName];
  if (!reveal) return [formDescriptionOf(caseName)];
  return reveal.map((show, step) => listedAfter(caseName, show, step));
}

/** The step of a case that interrupts the application (an SMS code to type), as listed there. */
export function interruptionStepOf(caseName: string): FormDescription | undefined {
  const show = INTERRUPTIONS[caseName];
  return show ? listedAfter(caseName, show.code, show.step) : undefined;
}

function listedAfter(caseName: string, show: string, step: number): FormDescription {
  const page = lister.loadFormPage(caseName);
  if (page.scriptErrors.length > 0) throw new Error(`${caseName}: ${page.scriptErrors.join("; ")}`);
  page.run(show);
  return FormDescription.parse(lister.listFields(page.document, { pageUrl: page.case.url, step }));
}

const INTERRUPTIONS: Record<string, { step: number; code: string }> = {
  "sms-code": { step: 1, code: `$("step1").hidden = true; $("step2").hidden = false;` },
};

/** Clicks every "Add" button of the page until none is left (each click may re-render the step). */
const CLICK_ADD = `for (let i = 0; i < 10; i++) {
  const add = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add");
  if (!add) break;
  add.click();
}`;

/** Per case, the page's own code that brings each step with questions on screen. */
const STEPS: Record<string, string[]> = {
  "linkedin-easy-apply": [0, 1, 2].map((n) => `step = ${n}; renderModal();`),
  smartrecruiters: [
    "",
    `document.getElementById("page1").hidden = true; document.getElementById("page2").hidden = false;`,
  ],
  workday: [0, 1, 2, 3].map((n) => `step = ${n}; renderStep(); ${CLICK_ADD}`),
};

/*
 * The lister is the extension's DOM code (typed with the DOM lib, which the server's programs do
 * not load: adding it would retype the server's own code, e.g. its linkedom/Readability glue and
 * `Headers`). So the two modules are imported by address, which keeps them out of the server's
 * type-check, and their result is checked at run time by the shared schema above. Run-time
 * import is vitest's, same as a static one.
 */
interface Lister {
  loadFormPage(name: string): {
    document: object;
    case: { url: string };
    scriptErrors: string[];
    run(code: string): unknown;
  };
  listFields(root: object, options: { pageUrl: string; step?: number }): unknown;
}

const modules = {
  listFields: new URL("../../extension/src/fill/list-fields.ts", import.meta.url).href,
  fixturePage: new URL("../../extension/test/fixture-page.ts", import.meta.url).href,
};
const lister: Lister = {
  ...((await import(modules.fixturePage)) as Pick<Lister, "loadFormPage">),
  ...((await import(modules.listFields)) as Pick<Lister, "listFields">),
};
