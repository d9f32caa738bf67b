import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REVIEW_POSTINGS } from "@nyx/server/testing/review-postings";
import type { BrowserContext, Route } from "playwright-core";
import { type FormCase, loadCases } from "../forms/form-case.ts";
import { parseSubmission, type Received } from "../forms/received.ts";
import { canonicalUrl } from "../support/postings.ts";

/**
 * The demo job board: saved postings served at the addresses they name, each with an application
 * form of its own site (a fixture form case of the same platform) at its apply address, so a
 * hunted job can be applied to for real in the browser. Everything else on the internet is cut off.
 */
export interface DemoPosting {
  url: string;
  /** Where "Apply" leads: the board serves a form there. */
  applyUrl: string;
  /** Whether Nyx is expected to send it to the review queue (a partial match). */
  review: boolean;
  html: string;
  form: FormCase;
}

export interface DemoSubmission {
  /** The page that sent the form. */
  page: string;
  posting: string;
  form: string;
  received: Received;
}

export interface DemoBoard {
  /** The board's own front page: every posting, linked. */
  home: string;
  postings: DemoPosting[];
  submissions: DemoSubmission[];
  close(): Promise<void>;
}

export const BOARD_HOME = "https://jobs.nyx-demo.test/";

const THANKS =
  "<!doctype html><title>Application received</title><h1>Thank you for applying!</h1><p>Your application has been received.</p>";

/** The first link on the page whose words say "apply", resolved; undefined when it is the page itself. */
export function applyLinkOf(html: string, pageUrl: string): string | undefined {
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const [, href = "", inner = ""] = match;
    const words = inner.replace(/<[^>]+>/g, " ");
    if (!/\b(apply|bewerb|postul)/i.test(words)) continue;
    let url: URL;
    try {
      url = new URL(href.replace(/&amp;/g, "&"), pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    url.hash = "";
    const page = new URL(pageUrl);
    page.hash = "";
    if (url.href !== page.href) return url.href;
  }
  return undefined;
}

/** A partial-match posting with a way to apply: an "Apply" link to its own application page. */
function withApplyLink(html: string, applyUrl: string): string {
  return html.replace("</main>", `<p><a href="${applyUrl}">Apply for this job</a></p></main>`);
}

/**
 * The postings the board can offer: every saved posting that has an apply page of its own on a
 * site for which a clean form case exists, and the partial matches (for the review queue).
 */
export function demoPostings(fixtures: string): DemoPosting[] {
  const forms = loadCases(join(fixtures, "forms")).filter((c) => c.spec.flag.length === 0);
  const formFor = (platform: string, i: number) => {
    const same = forms.filter((c) => c.spec.platform === platform);
    return same[i % Math.max(same.length, 1)];
  };
  const postingsDir = join(fixtures, "postings");
  const saved = readdirSync(postingsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name, i): DemoPosting[] => {
      const file = join(postingsDir, name, "index.html");
      const html = readFileSync(file, "utf8");
      const url = canonicalUrl(file);
      const applyUrl = applyLinkOf(html, url);
      const { platform } = JSON.parse(readFileSync(join(postingsDir, name, "expected.json"), "utf8")) as {
        platform: string;
      };
      const form = formFor(platform, i);
      return applyUrl && form ? [{ url, applyUrl, review: false, html, form }] : [];
    });
  const partial = REVIEW_POSTINGS.flatMap((p, i): DemoPosting[] => {
    const form = formFor("generic", i);
    const applyUrl = `${p.url}/apply`;
    return form ? [{ url: p.url, applyUrl, review: true, html: withApplyLink(p.html, applyUrl), form }] : [];
  });
  return [...saved, ...partial];
}

const same = (a: string, b: string) => {
  const x = new URL(a);
  const y = new URL(b);
  return (
    x.origin === y.origin && x.pathname.replace(/\/$/, "") === y.pathname.replace(/\/$/, "") && x.search === y.search
  );
};

function homePage(postings: readonly DemoPosting[]): string {
  const item = (p: DemoPosting) => {
    const title = p.html.match(/<title>([^<]*)<\/title>/i)?.[1]?.trim() || p.url;
    return `<li><a href="${p.url}">${title}</a>${p.review ? " <small>(a partial match: lands in the review queue)</small>" : ""}</li>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nyx demo job board</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}li{margin:.4rem 0}</style></head>
<body><h1>Nyx demo job board</h1>
<p>Saved job postings, served in this browser only at the addresses they came from; nothing here reaches the internet
and every application form sends to this board. Open a posting and press <b>Hunt this job</b>, then watch the side
panel (the toolbar button, or the panel tab).</p>
<ul>${postings.map(item).join("\n")}</ul></body></html>`;
}

/** Serves the board in `context`; every other request to the internet is aborted. */
export async function serveDemoBoard(context: BrowserContext, postings: readonly DemoPosting[]): Promise<DemoBoard> {
  const submissions: DemoSubmission[] = [];
  const byOrigin = (origin: string) => postings.filter((p) => new URL(p.applyUrl).origin === origin);
  const handler = async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (same(url.href, BOARD_HOME)) {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: homePage(postings) });
    }
    const posting = postings.find((p) => same(p.url, url.href));
    if (posting && request.method() === "GET") {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: posting.html });
    }
    const candidates = byOrigin(url.origin);
    if (candidates.length === 0) return route.abort("internetdisconnected");
    if (request.method() === "POST" && url.pathname === "/__submit") {
      const type = request.headers()["content-type"] ?? "";
      const page = request.frame().url();
      const from = candidates.find((p) => same(p.applyUrl, page)) ?? candidates[0];
      submissions.push({
        page,
        posting: from?.url ?? page,
        form: from?.form.name ?? "",
        received: await parseSubmission(type, request.postDataBuffer() ?? Buffer.alloc(0)),
      });
      return route.fulfill(
        type.includes("json")
          ? { status: 200, contentType: "application/json", body: '{"ok":true}' }
          : { status: 200, contentType: "text/html; charset=utf-8", body: THANKS },
      );
    }
    const apply = candidates.find((p) => same(p.applyUrl, url.href));
    if (apply && request.method() === "GET") {
      const body = readFileSync(join(apply.form.dir, "index.html"));
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body });
    }
    return route.fulfill({ status: 404, contentType: "text/plain", body: "not found on the demo board" });
  };
  const matcher = (url: URL) =>
    !/^(127\.0\.0\.1|localhost)$/.test(url.hostname) && url.protocol !== "chrome-extension:";
  await context.route(matcher, handler);
  return { home: BOARD_HOME, postings: [...postings], submissions, close: () => context.unroute(matcher, handler) };
}
