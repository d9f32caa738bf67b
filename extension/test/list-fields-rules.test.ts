import { FormDescription, type FormField } from "@nyx/shared";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { REF_ATTRIBUTE, resolveRef } from "../src/fill/field-ref.ts";
import { type ListFieldsOptions, listFields } from "../src/fill/list-fields.ts";

/** The lister's generic rules on small hand-written pages (linkedom, no scripts). */

function page(body: string, head = "", lang = "en") {
  return parseHTML(`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`).document;
}

function list(body: string, options: ListFieldsOptions & { head?: string; lang?: string } = {}) {
  const { head, lang, ...rest } = options;
  const form = listFields(page(body, head, lang), { pageUrl: "https://jobs.example.com/apply", ...rest });
  return FormDescription.parse(form);
}

function only(fields: readonly FormField[], label: string | RegExp): FormField {
  const found = fields.filter((field) => (typeof label === "string" ? field.label === label : label.test(field.label)));
  expect(
    found.map((field) => field.label),
    String(label),
  ).toHaveLength(1);
  const [field] = found;
  if (!field) throw new Error(`no field ${label}`);
  return field;
}

describe("finding fields", () => {
  it("lists fields that are not in a <form>, in document order", () => {
    const { fields } = list(`<div><label for="a">First name</label><input id="a"></div>
      <div><label for="b">Email</label><input id="b" type="email"></div>`);
    expect(fields.map((field) => [field.label, field.type])).toEqual([
      ["First name", "text"],
      ["Email", "email"],
    ]);
  });

  it("finds inputs three open shadow roots deep", () => {
    const document = page(`<x-form id="outer"></x-form>`);
    const outer = document.getElementById("outer");
    const middle = document.createElement("x-field");
    const inner = document.createElement("x-input");
    inner.setAttribute("aria-label", "Unused host label");
    outer?.attachShadow({ mode: "open" }).appendChild(middle);
    middle.attachShadow({ mode: "open" }).appendChild(inner);
    const deepest = inner.attachShadow({ mode: "open" });
    deepest.innerHTML = `<label for="fn">Given name <span>*</span></label><input id="fn" autocomplete="given-name">`;
    const { fields } = listFields(document, { pageUrl: "https://jobs.example.com/apply" });
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ label: "Given name", required: true, autocomplete: "given-name", id: "fn" });
    expect(resolveRef(document, fields[0]?.ref ?? "")).toHaveLength(1);
  });

  it("leaves out the page's navigation, site search and disabled controls", () => {
    const { fields } = list(`<header><input aria-label="Search jobs"></header><nav><input aria-label="Filter"></nav>
      <div role="search"><input aria-label="Keywords"></div><input type="search" aria-label="Search">
      <label>City <input name="city"></label><label>Locked <input name="locked" disabled></label>
      <fieldset disabled><label>Also locked <input name="also"></label></fieldset>`);
    expect(fields.map((field) => field.name)).toEqual(["city"]);
  });

  it("lists only under the root element it is given, at the given step", () => {
    const document = page(
      `<label>Outside <input name="out"></label><section id="s"><label>Inside <input name="in"></label></section>`,
    );
    const section = document.getElementById("s");
    if (!section) throw new Error("no section");
    const form = listFields(section, { step: 2, pageUrl: "https://jobs.example.com/apply" });
    expect(form.step).toBe(2);
    expect(form.fields.map((field) => [field.name, field.step])).toEqual([["in", 2]]);
  });

  it("checks its options up front", () => {
    expect(() => listFields(page(""), { step: -1 })).toThrow(TypeError);
    expect(listFields(page("")).pageUrl).toBe("about:blank");
  });
});

describe("labels", () => {
  it("takes label[for], a wrapping label, several aria-labelledby ids, then aria-label", () => {
    const { fields } = list(`<label for="a">Alpha</label><input id="a">
      <label>Beta <input name="b"></label>
      <span id="q1">Gamma</span><span id="q2">question</span><input name="c" aria-labelledby="q1 q2">
      <input name="d" aria-label="Delta">`);
    expect(fields.map((field) => field.label)).toEqual(["Alpha", "Beta", "Gamma question", "Delta"]);
  });

  it("reads a table layout: the question is in the cell before the field, names mean nothing", () => {
    const { fields } = list(`<table><tr><td>Given name *</td><td><input name="x1"></td></tr>
      <tr><td>Salary (EUR)</td><td><input name="x2"></td></tr>
      <tr><td>Relocate?</td><td><label><input type="radio" name="x3" value="1"> Yes</label><label><input type="radio" name="x3" value="2"> No</label></td></tr></table>`);
    expect(fields.map((field) => [field.name, field.label, field.required])).toEqual([
      ["x1", "Given name", true],
      ["x2", "Salary (EUR)", false],
      ["x3", "Relocate?", false],
    ]);
    expect(fields[2]?.options).toEqual([
      { value: "1", label: "Yes" },
      { value: "2", label: "No" },
    ]);
  });

  it("names a radio group by its fieldset legend or its radiogroup's label", () => {
    const { fields } =
      list(`<fieldset><legend>Work model</legend><label><input type="radio" name="m" value="r">Remote</label>
      <label><input type="radio" name="m" value="o">Office</label></fieldset>
      <p id="t">Can you start in May?</p><div role="radiogroup" aria-labelledby="t"><input type="radio" name="s" id="s1" value="y"><label for="s1">Yes</label>
      <input type="radio" name="s" id="s2" value="n"><label for="s2">No</label></div>`);
    expect(fields.map((field) => [field.label, field.type, field.options?.length])).toEqual([
      ["Work model", "radio", 2],
      ["Can you start in May?", "radio", 2],
    ]);
  });

  it("gives the label of a date part the date's question", () => {
    const { fields } = list(
      `<fieldset><legend>Date of birth *</legend><input aria-label="Month" name="m"><input aria-label="Year" name="y"></fieldset>`,
    );
    expect(fields.map((field) => [field.label, field.required])).toEqual([
      ["Date of birth (Month)", true],
      ["Date of birth (Year)", true],
    ]);
  });

  it("says the question and the statement of a lone checkbox", () => {
    const { fields } = list(`<div class="row"><div class="label">Privacy *</div>
      <div><label><input type="checkbox" name="ok" value="1"> I agree to the processing of my data.</label></div></div>`);
    expect(fields[0]).toMatchObject({
      type: "checkbox",
      label: "Privacy: I agree to the processing of my data.",
      required: true,
    });
  });

  it("does not take a button's words for a file field's question", () => {
    const { fields } = list(`<div role="group" aria-labelledby="cv-l"><div id="cv-l">Curriculum vitae</div>
      <label for="cv" class="sr-only">Attach</label><input type="file" id="cv"></div>`);
    expect(fields[0]?.label).toBe("Curriculum vitae");
  });
});

describe("visibility", () => {
  it("leaves out what a person cannot see", () => {
    const { fields } = list(
      `<label>Shown <input name="shown"></label>
      <input type="hidden" name="token" value="x">
      <div class="gone"><label>By class <input name="c1"></label></div>
      <div hidden><label>Hidden attribute <input name="c2"></label></div>
      <div aria-hidden="true"><label>Aria hidden <input name="c3"></label></div>
      <div style="display: none"><label>Inline none <input name="c4"></label></div>
      <div style="visibility:hidden"><label>Invisible <input name="c5"></label></div>
      <div class="trap"><label>Website <input name="c6" tabindex="-1" autocomplete="off"></label></div>
      <label>Tiny <input name="c7" style="width:1px;height:1px;position:absolute;overflow:hidden"></label>
      <label>Transparent <input name="c8" style="opacity:0"></label>
      <div class="box"><label>Clipped box <input name="c9"></label></div>`,
      {
        head: `<style>.gone{display:none} .trap{position:absolute; left:-9999px; top:0}
        .box{height:0;overflow:hidden} .shown-on-hover:hover{display:none}</style>`,
      },
    );
    expect(fields.map((field) => field.name)).toEqual(["shown"]);
  });

  it("follows the cascade: a more specific rule shows what a general one hides", () => {
    const { fields } = list(
      `<div class="step"><label>Hidden step <input name="a"></label></div>
      <div class="step current"><label>Current step <input name="b"></label></div>`,
      {
        head: `<style>.step{display:none}.step.current{display:block}</style>`,
      },
    );
    expect(fields.map((field) => field.name)).toEqual(["b"]);
  });

  it("lists the page behind an aria-hidden backdrop when that is all there is", () => {
    const { fields } = list(`<div id="app" aria-hidden="true"><label>Email <input name="email"></label></div>`);
    expect(fields.map((field) => field.name)).toEqual(["email"]);
  });

  it("lists a visually hidden checkbox whose visible label a person clicks", () => {
    const { fields } = list(
      `<input type="checkbox" id="t" name="terms" class="sr-only"><label for="t">I accept the terms</label>`,
    );
    expect(fields[0]).toMatchObject({ type: "checkbox", label: "I accept the terms", name: "terms" });
  });
});

describe("widgets that stand for native controls", () => {
  it("lists a select2 v4 dropdown once, as its native select with the native options", () => {
    const { fields } = list(`<label for="deg">Degree</label>
      <select id="deg" name="degree" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">
        <option value="">Choose one</option><option value="bsc">Bachelor</option><option value="msc" selected>Master</option></select>
      <span class="select2 select2-container"><span class="selection"><span class="select2-selection" role="combobox" aria-haspopup="true"
        aria-labelledby="select2-deg-container"><span class="select2-selection__rendered" id="select2-deg-container">Master</span></span></span></span>`);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({
      type: "select",
      label: "Degree",
      name: "degree",
      currentValue: "msc",
      options: [
        { value: "bsc", label: "Bachelor" },
        { value: "msc", label: "Master" },
      ],
    });
  });

  it("lists a hidden file input behind an Attach button, and not one with nothing to click", () => {
    const { fields } = list(`<div class="upload"><span id="r">Resume</span><button type="button">Attach</button>
      <input type="file" name="resume" aria-labelledby="r" style="display:none"></div>
      <div><input type="file" name="orphan" style="display:none"><p>Nothing to click here</p></div>`);
    expect(fields.map((field) => [field.name, field.type, field.label])).toEqual([["resume", "file", "Resume"]]);
  });

  it("turns a pair of Yes/No buttons into a radio-like field named by its mirror input", () => {
    const { fields } = list(`<div class="q"><label class="title">Brauchen Sie ein Visum?</label>
      <div class="yn"><button type="button" class="opt">Ja</button><button type="button" class="opt opt--active">Nein</button>
      <input type="checkbox" name="visa" tabindex="-1" style="opacity:0;position:absolute"></div></div>`);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({
      type: "radio",
      label: "Brauchen Sie ein Visum?",
      name: "visa",
      currentValue: "Nein",
      options: [
        { value: "Ja", label: "Ja" },
        { value: "Nein", label: "Nein" },
      ],
    });
  });

  it("types custom dropdowns: options only when they are in the DOM", () => {
    const { fields } = list(`<label for="c">Country</label><button id="c" aria-haspopup="listbox">Select One</button>
      <label for="l">Level</label><div id="l" role="combobox" aria-controls="lv" tabindex="0">Choose…</div>
      <ul id="lv" role="listbox" hidden><li role="option">Junior</li><li role="option" data-value="sr">Senior</li></ul>
      <label for="city">City</label><input id="city" list="cities"><datalist id="cities"><option value="Zurich"><option value="Basel"></datalist>
      <div class="select__control"><div class="select__single-value">Germany</div><input class="select__input" id="rs" role="combobox"></div>
      <label for="rs">Where do you live?</label>`);
    expect(only(fields, "Country")).toMatchObject({ type: "combobox" });
    expect(only(fields, "Country").options).toBeUndefined();
    expect(only(fields, "Country").currentValue).toBeUndefined();
    expect(only(fields, "Level")).toMatchObject({
      type: "select",
      options: [
        { value: "Junior", label: "Junior" },
        { value: "sr", label: "Senior" },
      ],
    });
    expect(only(fields, "City")).toMatchObject({
      type: "combobox",
      options: [{ value: "Zurich" }, { value: "Basel" }],
    });
    expect(only(fields, "Where do you live?")).toMatchObject({ type: "combobox", currentValue: "Germany" });
  });

  it("lists custom radios and checkboxes, a contenteditable editor and a standalone listbox", () => {
    const { fields } = list(`<p id="sz">Team size</p><div role="radiogroup" aria-labelledby="sz">
        <div role="radio" aria-checked="false">Small</div><div role="radio" aria-checked="true">Large</div></div>
      <label id="cl">Cover letter</label><div contenteditable="true" aria-labelledby="cl">Dear team</div>
      <ul role="listbox" aria-label="Languages" aria-multiselectable="true"><li role="option" aria-selected="true">German</li><li role="option">French</li></ul>
      <div role="checkbox" aria-checked="true" tabindex="0">Keep me posted</div>`);
    expect(only(fields, "Team size")).toMatchObject({ type: "radio", currentValue: "Large" });
    expect(only(fields, "Cover letter")).toMatchObject({ type: "contenteditable", currentValue: "Dear team" });
    expect(only(fields, "Languages")).toMatchObject({ type: "multiselect", currentValue: "German" });
    expect(only(fields, "Keep me posted")).toMatchObject({ type: "checkbox", currentValue: "true" });
  });
});

describe("what a field says about itself", () => {
  it("reads required from the attribute, aria-required, an asterisk or one drawn by CSS", () => {
    const { fields } = list(
      `<label>A <input name="a" required></label><label>B <input name="b" aria-required="true"></label>
      <label>C ✱ <input name="c"></label><label class="req" for="d">D</label><input id="d" name="d"><label>E <input name="e"></label>`,
      { head: `<style>.req::after{content:" *"}</style>` },
    );
    expect(fields.map((field) => [field.label, field.required])).toEqual([
      ["A", true],
      ["B", true],
      ["C", true],
      ["D", true],
      ["E", false],
    ]);
  });

  it("reads types, options, values, hints and sections", () => {
    const { fields } = list(`<form><h3>Contact</h3>
      <label for="p">Phone</label><input id="p" type="tel" value="+41 79 000 00 00" maxlength="20" placeholder="+41…" aria-describedby="ph">
      <small id="ph">With country code.</small>
      <label for="u">Website</label><input id="u" type="url"><label for="n">Years</label><input id="n" type="number">
      <label for="s">Start</label><input id="s" type="date"><label for="m">Month</label><input id="m" type="month">
      <fieldset><legend>Education</legend><label for="deg">Degree</label>
        <select id="deg" multiple><option value="b" selected>BSc</option><option value="m" selected>MSc</option></select>
        <div class="field"><label for="t">Thesis</label><textarea id="t">About graphs</textarea><div class="help-text">One line is enough.</div></div>
      </fieldset>
      <fieldset><legend>Skills</legend><label><input type="checkbox" name="sk" value="py" checked> Python</label>
        <label><input type="checkbox" name="sk" value="go"> Go</label></fieldset>
      <label><input type="checkbox" name="news"> Newsletter</label><label><input type="checkbox" name="terms"> Terms</label></form>`);
    expect(only(fields, "Phone")).toMatchObject({
      type: "tel",
      currentValue: "+41 79 000 00 00",
      maxLength: 20,
      placeholder: "+41…",
      hint: "With country code.",
      section: "Contact",
    });
    expect(fields.map((field) => field.type)).toEqual([
      "tel",
      "url",
      "number",
      "date",
      "month",
      "multiselect",
      "textarea",
      "checkbox_group",
      "checkbox",
      "checkbox",
    ]);
    expect(only(fields, "Degree")).toMatchObject({ currentValue: "b, m", section: "Education" });
    expect(only(fields, "Thesis")).toMatchObject({
      currentValue: "About graphs",
      hint: "One line is enough.",
      section: "Education",
    });
    expect(only(fields, "Skills")).toMatchObject({
      currentValue: "py",
      options: [
        { value: "py", label: "Python" },
        { value: "go", label: "Go" },
      ],
    });
  });

  it("tells the form's language from its words before the page's lang", () => {
    const german = list(
      `<label>Ihr Vorname <input name="a"></label><label>Wie sind Sie auf uns aufmerksam geworden? <input name="b"></label>
      <label>Bitte laden Sie Ihre Unterlagen für die Bewerbung hoch <input type="file" name="c"></label>
      <label>Haben Sie eine Arbeitserlaubnis für die Schweiz? <input name="d"></label>`,
      { lang: "en" },
    );
    expect(german.language).toBe("de");
    expect(list(`<label>Nom <input name="a"></label>`, { lang: "fr-CH" }).language).toBe("fr");
  });

  it("tells an Italian form in the formal register (Lei) from its words", () => {
    const italian = list(
      `<label>Come ha saputo di questa posizione? <input name="a"></label>
      <label>Ha già lavorato per noi? <input name="b"></label>
      <label>Il Suo livello di tedesco <input name="c"></label>
      <label>Non ha bisogno di un permesso di lavoro? <input name="d"></label>
      <label>Lei è disponibile a trasferirsi? <input name="e"></label>`,
      { lang: "en" },
    );
    expect(italian.language).toBe("it");
  });
});

describe("refs", () => {
  it("marks the field's elements, keeps refs across listings and numbers new fields on", () => {
    const document = page(`<label>Name <input name="n"></label><fieldset><legend>Pick</legend>
      <label><input type="radio" name="r" value="1">One</label><label><input type="radio" name="r" value="2">Two</label></fieldset>`);
    const first = listFields(document);
    expect(first.fields.map((field) => field.ref)).toEqual(["f1", "f2"]);
    expect(resolveRef(document, "f2").map((element) => element.getAttribute("value"))).toEqual(["1", "2"]);
    document.body.insertAdjacentHTML("beforeend", `<label>Later <input name="later"></label>`);
    const second = listFields(document);
    expect(second.fields.map((field) => field.ref)).toEqual(["f1", "f2", "f3"]);
    expect(document.querySelectorAll(`[${REF_ATTRIBUTE}]`)).toHaveLength(4);
  });
});
