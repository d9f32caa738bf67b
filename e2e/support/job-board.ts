import { readFileSync } from "node:fs";
import type { BrowserContext, Route } from "playwright-core";
import { caseFile, type FormCase } from "../forms/form-case.ts";
import { parseSubmission, type Received } from "../forms/received.ts";

/**
 * A job board of many applications made from the form cases: copy k of a case lives at the case's
 * own address with its job number moved on by k (or, without a number, at `?copy=k`), so each copy
 * is a different job to Nyx while the page is the case's own. Every `POST /__submit` is recorded
 * with the copy whose page sent it.
 */
export interface Submission {
  url: string;
  case: string;
  received: Received;
}

export interface JobBoard {
  /** The addresses of the copies, in the order given. */
  urls: string[];
  submissions: Submission[];
  /** How many times each copy's page sent the form. */
  sentCount(url: string): number;
  close(): Promise<void>;
}

export function copyUrl(caseUrl: string, k: number): string {
  const url = new URL(caseUrl);
  const digits = [...url.pathname.matchAll(/\d{4,}/g)].pop();
  if (digits?.index !== undefined) {
    const moved = String(BigInt(digits[0]) + BigInt(k));
    url.pathname = url.pathname.slice(0, digits.index) + moved + url.pathname.slice(digits.index + digits[0].length);
  } else {
    url.searchParams.set("copy", String(k));
  }
  return url.toString();
}

const same = (a: string, b: string) => {
  const x = new URL(a);
  const y = new URL(b);
  return (
    x.origin === y.origin && x.pathname.replace(/\/$/, "") === y.pathname.replace(/\/$/, "") && x.search === y.search
  );
};

const THANKS =
  "<!doctype html><title>Application received</title><h1>Thank you for applying!</h1><p>Your application has been received.</p>";

/** Serves `copies` (case, k) pairs in `context`; every other request to the internet is aborted. */
export async function serveJobBoard(
  context: BrowserContext,
  copies: readonly { kase: FormCase; k: number }[],
): Promise<JobBoard> {
  const pages = copies.map(({ kase, k }) => ({ kase, url: copyUrl(kase.spec.url, k) }));
  const byOrigin = new Map<string, FormCase>();
  for (const { kase } of pages) byOrigin.set(new URL(kase.spec.url).origin, kase);
  const submissions: Submission[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const kase = byOrigin.get(url.origin);
    if (!kase) return route.abort("internetdisconnected");
    if (request.method() === "POST" && url.pathname === "/__submit") {
      const type = request.headers()["content-type"] ?? "";
      const from = request.frame().url();
      submissions.push({
        url: pages.find((p) => same(p.url, from))?.url ?? from,
        case: kase.name,
        received: await parseSubmission(type, request.postDataBuffer() ?? Buffer.alloc(0)),
      });
      return route.fulfill(
        type.includes("json")
          ? { status: 200, contentType: "application/json", body: '{"ok":true}' }
          : { status: 200, contentType: "text/html; charset=utf-8", body: THANKS },
      );
    }
    const page = pages.find((p) => same(p.url, url.toString()));
    const file = page
      ? { path: `${page.kase.dir}/index.html`, type: "text/html; charset=utf-8" }
      : request.method() === "GET"
        ? caseFile(kase, url)
        : undefined;
    if (!file) return route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
    return route.fulfill({ status: 200, contentType: file.type, body: readFileSync(file.path) });
  };
  const matcher = (url: URL) =>
    !/^(127\.0\.0\.1|localhost)$/.test(url.hostname) && url.protocol !== "chrome-extension:";
  await context.route(matcher, handler);
  return {
    urls: pages.map((p) => p.url),
    submissions,
    sentCount: (url) => submissions.filter((s) => same(s.url, url)).length,
    close: () => context.unroute(matcher, handler),
  };
}
