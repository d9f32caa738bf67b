import { click, pressKey, sleep, typeText, waitFor } from "../apply/dom-actions.ts";
import { bestMatch, matchScore } from "../apply/match-text.ts";
import { isShown, optionText } from "../apply/popup-options.ts";
import { deepQueryAll } from "../fill/dom-tree.ts";

/**
 * Workday's "prompt" (a multiselect search box such as "How Did You Hear About Us?"): the
 * choices show only in a portaled popup, either by typing and pressing Enter (a search over
 * every leaf) or by browsing categories (an option with children opens a sub-list with a back
 * button). A choice is made by clicking a leaf; it then shows as a pill in the box.
 */

const CONTAINER = "[data-automation-id=multiSelectContainer], [data-uxi-widget-type=multiselect]";
const OPTION = "[data-automation-id=promptOption], [data-automation-id=promptLeafNode], [role=option]";
const PILL = "[data-automation-id=selectedItem]";
const BACK = "[data-automation-id=promptBackButton]";

/** The prompt box a listed input belongs to, when it is one. */
export function promptOf(control: Element): Element | undefined {
  if (!(control instanceof HTMLInputElement)) return undefined;
  const box = control.closest(CONTAINER);
  if (box) return box;
  return control.getAttribute("data-uxi-widget-type") === "selectinput"
    ? (control.parentElement ?? undefined)
    : undefined;
}

/** The words of the choices already made (the pills). */
export function chosenInPrompt(box: Element): string[] {
  return Array.from(box.querySelectorAll(PILL)).map((pill) => pill.getAttribute("title") ?? optionText(pill));
}

function popupOptions(box: Element): Element[] {
  const lists = deepQueryAll(box.ownerDocument, "[role=listbox]").filter(
    (list) => !box.contains(list) && isShown(list),
  );
  return lists
    .flatMap((list) => Array.from(list.querySelectorAll(OPTION)))
    .filter((option) => isShown(option) && option.getAttribute("aria-disabled") !== "true" && !option.matches(BACK));
}

function hasChildren(option: Element): boolean {
  return (
    option.getAttribute("aria-haspopup") === "true" ||
    option.hasAttribute("data-category") ||
    option.querySelector("[data-automation-id=promptSubMenuIndicator], [data-automation-id=chevronRight]") !== null
  );
}

function leafFor(box: Element, wanted: string): Element | undefined {
  const leaves = popupOptions(box).filter((option) => !hasChildren(option));
  return bestMatch(wanted, leaves, optionText, 0.6);
}

async function shownOptions(box: Element, timeoutMs: number): Promise<Element[] | undefined> {
  return waitFor(() => {
    const options = popupOptions(box);
    return options.length > 0 ? options : undefined;
  }, timeoutMs);
}

/** Types the words and presses Enter: Workday searches every leaf. */
async function bySearch(box: Element, input: HTMLInputElement, wanted: string): Promise<Element | undefined> {
  typeText(input, wanted);
  pressKey(input, "Enter");
  if (!(await shownOptions(box, 1500))) return undefined;
  await sleep(50);
  return leafFor(box, wanted);
}

/** Opens the list and looks into each category (one level down), coming back between them. */
async function byBrowsing(box: Element, input: HTMLInputElement, wanted: string): Promise<Element | undefined> {
  typeText(input, "");
  click(input);
  const top = await shownOptions(box, 1500);
  if (!top) return undefined;
  const direct = leafFor(box, wanted);
  if (direct) return direct;
  const categories = top.filter(hasChildren).map(optionText);
  // The most promising category first (its name may say where the choice lives).
  categories.sort((a, b) => matchScore(wanted, b) - matchScore(wanted, a));
  for (const name of categories) {
    const category = popupOptions(box).find((option) => optionText(option) === name);
    if (!category) continue;
    click(category);
    await waitFor(() => box.ownerDocument.querySelector(BACK) ?? !category.isConnected, 1000);
    await shownOptions(box, 1000);
    const leaf = leafFor(box, wanted);
    if (leaf) return leaf;
    const back = deepQueryAll(box.ownerDocument, BACK).find(isShown);
    if (back) click(back);
    else click(input);
    await shownOptions(box, 1000);
  }
  return undefined;
}

/** Chooses `wanted` in the prompt; answers what the box shows chosen afterwards. */
export async function choosePrompt(box: Element, input: HTMLInputElement, wanted: string): Promise<string[]> {
  const already = chosenInPrompt(box).some((text) => matchScore(wanted, text) >= 0.9);
  if (already) return chosenInPrompt(box);
  const leaf = (await bySearch(box, input, wanted)) ?? (await byBrowsing(box, input, wanted));
  if (leaf) {
    const label = optionText(leaf);
    click(leaf);
    await waitFor(() => chosenInPrompt(box).some((text) => matchScore(label, text) >= 0.9), 1500);
  }
  if (popupOptions(box).length > 0) pressKey(input, "Escape");
  return chosenInPrompt(box);
}
