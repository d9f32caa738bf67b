/**
 * What a person's hands do, as DOM events a page's framework listens to. React and Vue keep their
 * own copy of an input's value, so a value is set through the native setter of the element's
 * prototype (which the framework's tracker does not intercept) and announced with input and
 * change events that bubble and cross shadow roots (`composed`), as real typing does.
 */

const EVENT_INIT = { bubbles: true, cancelable: true, composed: true } as const;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const CHANGES = { subtree: true, childList: true, attributes: true, characterData: true } as const;

/**
 * Waits until `probe` answers something truthy, or gives up after `timeoutMs` (or, with
 * `quietMs`, as soon as the page has not changed for that long: whatever a click set off has been
 * drawn). The probe runs again the moment the page changes (a MutationObserver) and every 20 ms
 * besides (a value typed into an input changes no markup), so a wait ends as soon as its
 * condition holds.
 */
export function waitFor<T>(
  probe: () => T | undefined | null | false,
  timeoutMs = 3000,
  options: { quietMs?: number } = {},
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    let done = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | undefined, error?: unknown) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearInterval(poll);
      clearTimeout(deadline);
      clearTimeout(quiet);
      if (error === undefined) resolve(value);
      else reject(error);
    };
    const check = (last = false) => {
      if (done) return;
      try {
        const found = probe();
        if (found) finish(found);
        else if (last) finish(undefined);
      } catch (error) {
        finish(undefined, error);
      }
    };
    const quietFor = options.quietMs;
    const restartQuiet = () => {
      if (quietFor === undefined) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => check(true), quietFor);
    };
    const observer =
      typeof MutationObserver === "function"
        ? new MutationObserver(() => {
            check();
            restartQuiet();
          })
        : undefined;
    const poll = setInterval(check, 20);
    const deadline = setTimeout(() => check(true), timeoutMs);
    check(timeoutMs <= 0);
    if (done) return;
    observer?.observe(document, CHANGES);
    restartQuiet();
  });
}

function nativeSetter(element: Element, property: "value" | "checked"): ((value: unknown) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(element);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor?.set) return descriptor.set.bind(element) as (value: unknown) => void;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/** Sets an input's, textarea's or select's value the way typing would, and tells the page. */
export function setValue(element: Element, value: string): void {
  const setter = nativeSetter(element, "value");
  if (!setter) throw new TypeError(`<${element.tagName.toLowerCase()}> has no value to set`);
  focus(element);
  setter(value);
  element.dispatchEvent(new InputEvent("input", { ...EVENT_INIT, inputType: "insertText", data: value }));
  element.dispatchEvent(new Event("change", EVENT_INIT));
}

/** Types text into a search box (an autocomplete): the value grows as typed, so the page searches. */
export function typeText(element: Element, text: string): void {
  const setter = nativeSetter(element, "value");
  if (!setter) throw new TypeError(`<${element.tagName.toLowerCase()}> cannot be typed into`);
  focus(element);
  setter("");
  element.dispatchEvent(new InputEvent("input", { ...EVENT_INIT, inputType: "deleteContentBackward" }));
  setter(text);
  key(element, "keydown", text.slice(-1));
  element.dispatchEvent(new InputEvent("input", { ...EVENT_INIT, inputType: "insertText", data: text }));
  key(element, "keyup", text.slice(-1));
}

export function key(element: Element, type: "keydown" | "keyup" | "keypress", keyName: string): void {
  const code = keyName.length === 1 ? `Key${keyName.toUpperCase()}` : keyName;
  element.dispatchEvent(new KeyboardEvent(type, { ...EVENT_INIT, key: keyName, code }));
}

export function pressKey(element: Element, keyName: "Enter" | "ArrowDown" | "Escape" | "Tab"): void {
  const keyCode = { Enter: 13, ArrowDown: 40, Escape: 27, Tab: 9 }[keyName];
  for (const type of ["keydown", "keypress", "keyup"] as const) {
    if (type === "keypress" && keyName !== "Enter") continue;
    element.dispatchEvent(
      new KeyboardEvent(type, { ...EVENT_INIT, key: keyName, code: keyName, keyCode, which: keyCode }),
    );
  }
}

export function focus(element: Element): void {
  if (element instanceof HTMLElement || element instanceof SVGElement) element.focus({ preventScroll: true });
  element.dispatchEvent(new FocusEvent("focusin", { bubbles: true, composed: true }));
}

export function blur(element: Element): void {
  element.dispatchEvent(new FocusEvent("focusout", { bubbles: true, composed: true }));
  if (element instanceof HTMLElement) element.blur();
  element.dispatchEvent(new FocusEvent("blur", { composed: true }));
}

/** A full click as a pointer makes it: pointer and mouse down/up, then click. */
export function click(element: Element): void {
  if (element instanceof HTMLElement) element.scrollIntoView?.({ block: "center", inline: "nearest" });
  const rect = element.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
  const mouse = { ...EVENT_INIT, ...at, button: 0, view: window };
  element.dispatchEvent(new PointerEvent("pointerdown", { ...mouse, pointerType: "mouse", isPrimary: true }));
  element.dispatchEvent(new MouseEvent("mousedown", { ...mouse, buttons: 1 }));
  if (element instanceof HTMLElement) element.focus?.({ preventScroll: true });
  element.dispatchEvent(new PointerEvent("pointerup", { ...mouse, pointerType: "mouse", isPrimary: true }));
  element.dispatchEvent(new MouseEvent("mouseup", mouse));
  if (element instanceof HTMLElement) element.click();
  else element.dispatchEvent(new MouseEvent("click", mouse));
}

/** Sets a checkbox or radio by clicking it, as a person would (frameworks listen to the click). */
export function setChecked(element: Element, checked: boolean): void {
  if (!(element instanceof HTMLInputElement)) throw new TypeError("not a checkbox or radio");
  if (element.checked === checked) return;
  element.click();
  if (element.checked !== checked) {
    // A label or wrapper may swallow the click: set it and announce it.
    nativeSetter(element, "checked")?.(checked);
    element.dispatchEvent(new Event("input", EVENT_INIT));
    element.dispatchEvent(new Event("change", EVENT_INIT));
  }
}

/** Writes text into a contenteditable box as typing would. */
export function setEditableText(element: Element, text: string): void {
  focus(element);
  const selection = element.ownerDocument.getSelection();
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const inserted = element.ownerDocument.execCommand?.("insertText", false, text) === true;
  if (!inserted || (element.textContent ?? "").trim() !== text.trim()) {
    element.textContent = text;
    element.dispatchEvent(new InputEvent("input", { ...EVENT_INIT, inputType: "insertText", data: text }));
  }
}
