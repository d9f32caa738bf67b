/**
 * The tricks that keep an element out of a person's sight while it stays in the DOM: the ways
 * honeypot fields are hidden (off-screen, zero-size, transparent, clipped), which are also the
 * ways accessible widgets hide the native input they stand for ("sr-only"). These helpers only
 * read style values; `visibility.ts` decides what follows from them. Nothing here looks at a
 * field's name: whether a field is a trap is the server's call, not the lister's.
 */

export type Concealment =
  /** Not rendered at all: display:none, visibility:hidden, `hidden`, aria-hidden, inert, type=hidden. */
  | "hidden"
  /** Rendered but not seeable: transparent, ≤1px, clipped away or placed off-screen. */
  | "sr-only";

/** Where an element sits relative to what it hides: the field itself, or a container around fields. */
export type ConcealmentRole = "self" | "container";

/** Reads one CSS property as a lower-case string (computed or declared). */
export type StyleLookup = (property: string) => string | undefined;

/** Far enough outside the page that nobody scrolls to it. */
const OFFSCREEN_PX = -500;

export function styleConcealment(style: StyleLookup, role: ConcealmentRole): Concealment | undefined {
  if (style("display") === "none") return "hidden";
  const visibility = style("visibility");
  if (visibility === "hidden" || visibility === "collapse") return "hidden";
  if (isTransparent(style("opacity"))) return "sr-only";
  if (isClipped(style)) return "sr-only";
  if (isOffscreen(style)) return "sr-only";
  if (isTiny(style, role)) return "sr-only";
  return undefined;
}

/** A laid-out box (Chromium) that nobody can see: a pixel or less, or entirely above/left of the page. */
export function boxConcealment(
  box: { left: number; top: number; right: number; bottom: number; width: number; height: number },
  scroll: { x: number; y: number },
  role: ConcealmentRole,
  overflowHidden: boolean,
): Concealment | undefined {
  const tiny = box.width <= 1 || box.height <= 1;
  if (tiny && (role === "self" || overflowHidden)) return "sr-only";
  if (box.right + scroll.x <= 0 || box.bottom + scroll.y <= 0) return "sr-only";
  return undefined;
}

function isTransparent(opacity: string | undefined): boolean {
  if (!opacity) return false;
  const value = Number.parseFloat(opacity);
  return Number.isFinite(value) && value <= 0.01;
}

function isClipped(style: StyleLookup): boolean {
  const clip = style("clip");
  if (clip && /^rect\(\s*(0|1px|0px)[\s,]+(0|1px|0px)[\s,]+(0|1px|0px)[\s,]+(0|1px|0px)\s*\)$/.test(clip)) return true;
  const clipPath = style("clip-path");
  return Boolean(
    clipPath &&
      /^(inset\(\s*(50|100)%\s*\)|circle\(\s*0(px|%)?\s*\)|polygon\(\s*0 0,\s*0 0,\s*0 0\s*\))$/.test(clipPath),
  );
}

function isOffscreen(style: StyleLookup): boolean {
  const position = style("position");
  if (position === "absolute" || position === "fixed") {
    for (const side of ["left", "top", "right", "bottom"]) {
      const px = pixels(style(side));
      if (px !== undefined && px <= OFFSCREEN_PX) return true;
    }
  }
  const transform = style("transform");
  if (transform) {
    const match = /translate(?:x|y|3d)?\(\s*(-?[\d.]+)(px|em|rem)?(?:\s*,\s*(-?[\d.]+)(px|em|rem)?)?/i.exec(transform);
    const values = [match?.[1] && `${match[1]}${match[2] ?? "px"}`, match?.[3] && `${match[3]}${match[4] ?? "px"}`];
    if (values.some((value) => value && (pixels(value) ?? 0) <= OFFSCREEN_PX)) return true;
  }
  return false;
}

function isTiny(style: StyleLookup, role: ConcealmentRole): boolean {
  const width = pixels(style("width")) ?? pixels(style("max-width"));
  const height = pixels(style("height")) ?? pixels(style("max-height"));
  const tiny = (width !== undefined && width <= 1) || (height !== undefined && height <= 1);
  if (!tiny) return false;
  if (role === "self") return true;
  const overflow = style("overflow") ?? "";
  return /hidden|clip/.test(overflow);
}

/** A CSS length in px (em/rem counted as 16px); undefined for percentages, auto and the like. */
function pixels(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /^(-?[\d.]+)(px|em|rem)?$/.exec(value.trim());
  if (!match?.[1]) return undefined;
  const number = Number.parseFloat(match[1]);
  if (!Number.isFinite(number)) return undefined;
  if (!match[2] && number !== 0) return undefined;
  return match[2] === "em" || match[2] === "rem" ? number * 16 : number;
}
