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

/*
 * The lister is the extension's DOM code (typed with the DOM lib, which the server's programs do
 * not load: adding it would retype the server's own code, e.g. its linkedom/Readability glue and
 * `Headers`). So the two modules are imported by address, which keeps them out of the server's
 * type-check, and their result is checked at run time by the shared schema above. Run-time
 * import is vitest's, same as a static one.
 */
interface Lister {
  loadFormPage(name: string): { document: object; case: { url: string }; scriptErrors: string[] };
  listFields(root: object, options: { pageUrl: string }): unknown;
}

const modules = {
  listFields: new URL("../../extension/src/fill/list-fields.ts", import.meta.url).href,
  fixturePage: new URL("../../extension/test/fixture-page.ts", import.meta.url).href,
};
const lister: Lister = {
  ...((await import(modules.fixturePage)) as Pick<Lister, "loadFormPage">),
  ...((await import(modules.listFields)) as Pick<Lister, "listFields">),
};
