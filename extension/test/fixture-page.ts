import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { parseHTML } from "linkedom";

/**
 * Form fixture pages (../shared/fixtures/forms) as a content script would find them: parsed with
 * linkedom, then the page's own inline scripts run against that DOM (most fixtures, like the
 * sites they copy, render their form from script: React-style forms, web components, modals).
 * linkedom has no layout and runs no scripts by itself; this file supplies the little that the
 * fixture scripts need (a `checked` property, no-op focus/scroll, a fetch that never leaves).
 */

export const FORMS_DIR = fileURLToPath(new URL("../../../shared/fixtures/forms/", import.meta.url));

export interface FormCase {
  platform: string;
  url: string;
  steps: number;
  expect: Record<string, unknown>;
  forbid?: string[];
  flag?: string[];
}

export interface FixturePage {
  name: string;
  case: FormCase;
  window: Window & typeof globalThis;
  document: Document;
  /** Errors thrown by the page's scripts (a faithful render has none). */
  scriptErrors: string[];
  /** Runs more script in the page's own scope (its top-level `let`s and functions included). */
  run(code: string): unknown;
}

/** What a person does before the form is there (LinkedIn's form lives in a modal behind "Easy Apply"). */
const OPEN_FORM: Record<string, string> = {
  "linkedin-easy-apply": "button.jobs-apply-button",
};

export function formCaseNames(): string[] {
  return readdirSync(FORMS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readFormCase(name: string): FormCase {
  return JSON.parse(readFileSync(`${FORMS_DIR}${name}/case.json`, "utf8")) as FormCase;
}

/** Loads `forms/<name>/index.html`, runs its inline scripts and opens the form the way a person would. */
export function loadFormPage(name: string, options: { runScripts?: boolean } = {}): FixturePage {
  const html = readFileSync(`${FORMS_DIR}${name}/index.html`, "utf8");
  const window = parseHTML(html);
  const { document } = window;
  const scriptErrors: string[] = [];
  const context = createContext(sandboxFor(window));
  const run = (code: string): unknown => runInContext(code, context, { filename: `${name}/index.html` });
  if (options.runScripts !== false) {
    patchLinkedom(window);
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const type = script.getAttribute("type");
      if (script.hasAttribute("src") || (type && !/javascript|^module$/i.test(type))) continue;
      try {
        run(script.textContent ?? "");
      } catch (error) {
        scriptErrors.push(error instanceof Error ? error.message : String(error));
      }
    }
    const opener = OPEN_FORM[name];
    if (opener) {
      const button = document.querySelector(opener);
      if (button instanceof window.HTMLElement) button.click();
      else scriptErrors.push(`no ${opener} to open the form`);
    }
  }
  return { name, case: readFormCase(name), window, document, scriptErrors, run };
}

/** `loadFormPage`, then lets the page's pending promise callbacks run (custom elements, `whenDefined`). */
export async function openFormPage(name: string): Promise<FixturePage> {
  const page = loadFormPage(name);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return page;
}

function sandboxFor(window: Window & typeof globalThis): Record<string, unknown> {
  const noop = () => {};
  return {
    window,
    self: window,
    document: window.document,
    navigator: { userAgent: "linkedom", language: "en" },
    location: { href: "about:blank" },
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    customElements: window.customElements,
    HTMLElement: window.HTMLElement,
    Event: window.Event,
    CustomEvent: window.CustomEvent,
    File,
    Blob,
    CSS: { escape: (value: string) => value.replace(/["\\[\]#.:>+~*^$|=()\s]/g, (c) => `\\${c}`) },
    scrollX: 0,
    scrollY: 0,
    scrollTo: noop,
    alert: noop,
    fetch: () => Promise.reject(new Error("fixture pages do not send in tests")),
  };
}

/** Fills the gaps in linkedom that fixture scripts step into (once per window). */
function patchLinkedom(window: Window & typeof globalThis): void {
  const checkedState = new WeakMap<object, boolean>();
  const input = window.HTMLInputElement.prototype;
  if (!Object.getOwnPropertyDescriptor(input, "checked")) {
    Object.defineProperty(input, "checked", {
      configurable: true,
      get(this: Element) {
        return checkedState.get(this) ?? this.hasAttribute("checked");
      },
      set(this: Element, value: unknown) {
        checkedState.set(this, Boolean(value));
      },
    });
  }
  if (!Object.getOwnPropertyDescriptor(input, "files")) {
    Object.defineProperty(input, "files", { configurable: true, get: () => [] });
  }
  const element = window.HTMLElement.prototype;
  for (const method of ["focus", "blur", "scrollIntoView"] as const) {
    if (typeof Reflect.get(element, method) !== "function") {
      Object.defineProperty(element, method, { configurable: true, value() {} });
    }
  }
  if (typeof Reflect.get(element, "getBoundingClientRect") !== "function") {
    Object.defineProperty(element, "getBoundingClientRect", {
      configurable: true,
      value: () => ({ left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 }),
    });
  }
}
