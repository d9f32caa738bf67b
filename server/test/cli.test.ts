import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createScratchDatabase, dropScratchDatabase, postgresAvailable, withAdmin } from "@nyx/db/testing";
import { BEARER_SUBPROTOCOL_PREFIX } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { freePort, nyx, type RawResponse, raw, startNyx, waitForHealth } from "./cli-support.ts";
import { ADA_YAML, withoutKey } from "./profile-fixture.ts";
import { FIXTURES } from "./support.ts";

const ADA = fileURLToPath(new URL("profile/ada.yaml", FIXTURES));

describe("nyx start, as a person runs it", () => {
  const cwd = mkdtempSync(join(tmpdir(), "nyx-cwd-"));
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-data-"));
  const env = { NYX_DATA_DIR: dataDir };
  let port = 0;
  let token = "";
  let server: ReturnType<typeof startNyx>;
  const seen: RawResponse[] = [];
  const get = async (path: string, headers: Record<string, string>, method = "GET", body?: string) => {
    const response = await raw(port, path, { method, headers, ...(body === undefined ? {} : { body }) });
    seen.push(response);
    return response;
  };

  beforeAll(async () => {
    port = await freePort();
    server = startNyx(["start", "--port", String(port)], env, cwd);
    await waitForHealth(port, server.output);
    const result = nyx(["token"], env, cwd);
    token = result.stdout.trim();
  });

  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  });

  it("prints how to load the extension and pair, and keeps the token private", () => {
    expect(server.output()).toMatch(/Load unpacked/);
    expect(server.output()).toMatch(/nyx pair/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(dataDir, "token")).mode & 0o777).toBe(0o600);
  });

  it("listens on 127.0.0.1 only", () => {
    const listening = execFileSync("ss", ["-ltnH"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes(`:${port} `));
    expect(listening.length).toBeGreaterThan(0);
    for (const line of listening) expect(line).toContain(`127.0.0.1:${port}`);
  });

  it("serves /health on the embedded database", async () => {
    const response = await get("/health", { host: `127.0.0.1:${port}` });
    expect(JSON.parse(response.body)).toMatchObject({ status: "ok", database: { ok: true, driver: "pglite" } });
  });

  it("lets in only the token holder addressing 127.0.0.1 or localhost", async () => {
    const host = `127.0.0.1:${port}`;
    const auth = `Bearer ${token}`;
    expect((await get("/api/profiles", { host, authorization: auth })).status).toBe(200);
    expect((await get("/api/profiles", { host: `localhost:${port}`, authorization: auth })).status).toBe(200);
    expect((await get("/api/profiles", { host: `evil.test:${port}`, authorization: auth })).status).toBe(403);
    expect((await get("/api/profiles", { host: `127.0.0.1.evil.test:${port}`, authorization: auth })).status).toBe(403);
    expect((await get("/api/profiles", { host })).status).toBe(401);
    expect((await get("/api/profiles", { host, authorization: "Bearer wrong" })).status).toBe(401);
    expect((await get(`/api/profiles?token=${token}`, { host })).status).toBe(401);
    expect((await get("/api/profiles", { host, authorization: auth, origin: "https://evil.test" })).status).toBe(403);
    const textPlain = await get("/api/jobs", { host, authorization: auth, "content-type": "text/plain" }, "POST", "x");
    expect(textPlain.status).toBe(415);
    for (const response of seen) {
      expect(Object.keys(response.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
    }
  });

  it("opens the WebSocket only with the token, in the Authorization header or the subprotocol", async () => {
    const open = (headers: Record<string, string>, path = "/ws", protocols: string[] = []) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocols, { headers });
        ws.on("message", (data: Buffer) => {
          resolve(`message ${data.toString()}`);
          ws.close();
        });
        ws.on("unexpected-response", (_req, res) => resolve(`status ${res.statusCode}`));
        ws.on("error", (error) => resolve(`error ${error.message}`));
      });
    expect(await open({ authorization: `Bearer ${token}` })).toMatch(/"hello"/);
    expect(await open({}, "/ws", [`${BEARER_SUBPROTOCOL_PREFIX}${token}`])).toMatch(/"hello"/);
    expect(await open({}, "/ws", [`${BEARER_SUBPROTOCOL_PREFIX}wrong`])).toBe("status 401");
    expect(await open({})).toBe("status 401");
    expect(await open({}, `/ws?token=${token}`)).toBe("status 401");
    expect(await open({ authorization: `Bearer ${token}`, host: `evil.test:${port}` })).toBe("status 403");
    expect(await open({ authorization: `Bearer ${token}`, origin: "https://evil.test" })).toBe("status 403");
  });

  it("imports the profile through the running server; twice stores it once", async () => {
    const first = nyx(["profile", "import", ADA], env, cwd);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/imported/);
    const second = nyx(["profile", "import", ADA], env, cwd);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/unchanged/);
    const list = JSON.parse(
      (await get("/api/profiles", { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}` })).body,
    ) as { profiles: { resumes: unknown[] }[] };
    expect(list.profiles).toHaveLength(1);
    expect(list.profiles[0]?.resumes).toHaveLength(3);
  });

  it("refuses a profile without email, naming email", () => {
    const folder = mkdtempSync(join(tmpdir(), "nyx-profile-"));
    const file = join(folder, "ada.yaml");
    execFileSync("cp", [fileURLToPath(new URL("profile/", FIXTURES)).concat("."), folder, "-r"]);
    execFileSync("sh", ["-c", 'printf "%s" "$0" > "$1"', withoutKey(ADA_YAML, "email"), file]);
    const result = nyx(["profile", "import", file], env, cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\bemail\b/);
    rmSync(folder, { recursive: true, force: true });
  });

  it("stops cleanly on SIGTERM, and the embedded database then serves the CLI directly", async () => {
    server.child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => server.child.once("exit", resolve));
    expect(code).toBe(0);
    const direct = nyx(["profile", "import", ADA], env, cwd);
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/unchanged/);
  });

  it("exits 1 naming a bad variable", () => {
    const result = nyx(["start"], { ...env, NYX_PORT: "eighty", MAX_CONCURRENT_WORKERS: "9" }, cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NYX_PORT/);
    expect(result.stderr).toMatch(/MAX_CONCURRENT_WORKERS/);
  });
});

describe.skipIf(!postgresAvailable)("nyx migrate on an empty Postgres database", () => {
  const cwd = mkdtempSync(join(tmpdir(), "nyx-cwd-"));
  let url = "";
  beforeAll(async () => {
    url = await createScratchDatabase();
  });
  afterAll(async () => {
    await dropScratchDatabase(url);
    rmSync(cwd, { recursive: true, force: true });
  });

  it("creates the 39 tables, and a second run changes nothing (pg_dump identical)", async () => {
    const env = { DATABASE_URL: url, NYX_DATA_DIR: cwd };
    const first = nyx(["migrate"], env, cwd);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const tables = await withAdmin(
      (c) =>
        c.query<{ n: number }>(
          "select count(*)::int as n from information_schema.tables where table_schema in ('public', 'saturnus')",
        ),
      url,
    );
    expect(tables.rows[0]?.n).toBe(39);
    // pg_dump ≥ 15.14 wraps its output in \restrict <random key>; that line differs on every run.
    const dump = () =>
      execFileSync("pg_dump", ["--schema-only", url], { encoding: "utf8" }).replace(/^\\(un)?restrict .*$/gm, "");
    const before = dump();
    expect(before).toContain("CREATE TABLE public.applications");
    const second = nyx(["migrate"], env, cwd);
    expect(second.status).toBe(0);
    expect(dump()).toBe(before);
  });
});
