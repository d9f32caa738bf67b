import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "@nyx/db";
import type { MonitorSource } from "@nyx/shared";
import { expect } from "vitest";
import { createLogger } from "../src/http/logging.ts";
import { createLlm } from "../src/llm/index.ts";
import type { MonitorDeps } from "../src/monitor/index.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, FIXTURES, type TestApp } from "./support.ts";

/** The saved board answers, at the path (and query) of the public API each stands for (feeds/README.md). */
export const FEEDS = {
  greenhouse: { file: "greenhouse-quillstone.json", path: "/v1/boards/quillstone/jobs?content=true" },
  lever: { file: "lever-brinewood.json", path: "/v0/postings/brinewood?mode=json" },
  ashby: { file: "ashby-tessellate.json", path: "/posting-api/job-board/tessellate?includeCompensation=true" },
} as const;
export type FeedKind = keyof typeof FEEDS;

/** A fresh, mutable copy of a saved answer (the fixture file itself is never written). */
export function feedCopy(kind: FeedKind): unknown {
  return JSON.parse(readFileSync(new URL(`feeds/${FEEDS[kind].file}`, FIXTURES), "utf8"));
}

export function postingPage(name: string): string {
  return readFileSync(new URL(`postings/${name}/index.html`, FIXTURES), "utf8");
}

interface Route {
  status?: number;
  type?: string;
  body: string;
  delayMs?: number;
}

/**
 * A local stand-in for the job boards and careers sites: 127.0.0.1, a random port, plain HTTP. Each
 * route answers with what a test put there; requests are counted, and so are requests at once.
 */
export interface FeedServer {
  base: string;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  /** The most requests a path had in flight at the same time. */
  peak: Map<string, number>;
  json(path: string, value: unknown, extra?: Omit<Route, "body">): void;
  html(path: string, html: string): void;
  /** The board sources of the three fixture feeds, pointed at this server. */
  boards(): MonitorSource[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const peak = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const now = (inFlight.get(path) ?? 0) + 1;
    inFlight.set(path, now);
    peak.set(path, Math.max(peak.get(path) ?? 0, now));
    const route = routes.get(path);
    setTimeout(() => {
      inFlight.set(path, (inFlight.get(path) ?? 1) - 1);
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(route.status ?? 200, { "content-type": route.type ?? "application/json" }).end(route.body);
    }, route?.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feeds: FeedServer = {
    base,
    routes,
    hits,
    peak,
    json: (path, value, extra = {}) => routes.set(path, { ...extra, body: JSON.stringify(value) }),
    html: (path, html) => routes.set(path, { type: "text/html; charset=utf-8", body: html }),
    boards: () => [
      { kind: "greenhouse", board: "quillstone", feedUrl: `${base}${FEEDS.greenhouse.path}` },
      { kind: "lever", board: "brinewood", company: "Brinewood Analytics", feedUrl: `${base}${FEEDS.lever.path}` },
      { kind: "ashby", board: "tessellate", feedUrl: `${base}${FEEDS.ashby.path}` },
    ],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  for (const kind of Object.keys(FEEDS) as FeedKind[]) feeds.json(FEEDS[kind].path, feedCopy(kind));
  return feeds;
}

/** The jobs list of a feed copy (Greenhouse and Ashby wrap it; Lever's answer is the list). */
export function jobsOf(feed: unknown): Record<string, unknown>[] {
  if (Array.isArray(feed)) return feed as Record<string, unknown>[];
  return (feed as { jobs: Record<string, unknown>[] }).jobs;
}

/** The app on a fresh database with Ada's profile imported, and the monitor's dependencies over it. */
export async function monitorTestApp(driver: Driver): Promise<{ s: TestApp; deps: MonitorDeps }> {
  const s = await createTestApp({ driver });
  const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
  expect(imported.status).toBe(201);
  const db = s.t.database.db;
  const logs = { write: (line: string) => void s.logs.push(line) };
  return {
    s,
    deps: {
      db,
      llm: createLlm({ env: s.env, db }),
      logger: createLogger({ level: "info", destination: logs }),
      dataDir: s.dataDir,
    },
  };
}
