import { createTestDatabase, type TestDatabase } from "@nyx/db/testing";
import { BEARER_SUBPROTOCOL_PREFIX, LiveEvent } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { ensureToken } from "../src/auth/token.ts";
import { parseEnv } from "../src/env.ts";
import { createLogger } from "../src/http/logging.ts";
import { createLiveHub, type LiveHub } from "../src/live/hub.ts";
import { type RunningServer, startServer } from "../src/serve.ts";

const APPLICATION = {
  type: "application",
  application: {
    id: "6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4",
    status: "queued",
    reason: "approved by the person",
    jobTitle: "SAP Basis Administrator",
    company: "Alpen Retail",
  },
} as const satisfies LiveEvent;

/** The live hub over a real listening server and real WebSocket clients. */
describe("the live WebSocket /ws", () => {
  let t: TestDatabase;
  let server: RunningServer;
  let live: LiveHub;
  let token = "";
  const logs: string[] = [];

  /** Opens a socket; resolves with the first message and the chosen subprotocol, or the refusal. */
  const open = (protocols: string[], headers: Record<string, string> = {}, path = "/ws") =>
    new Promise<{ socket?: WebSocket; outcome: string; protocol?: string; first?: LiveEvent }>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}${path}`, protocols, { headers });
      socket.once("message", (data: Buffer) =>
        resolve({
          socket,
          outcome: "open",
          protocol: socket.protocol,
          first: LiveEvent.parse(JSON.parse(data.toString())),
        }),
      );
      socket.on("unexpected-response", (_req, res) => resolve({ outcome: `status ${res.statusCode}` }));
      socket.on("error", (error) => resolve({ outcome: `error ${error.message}` }));
    });
  const next = (socket: WebSocket) =>
    new Promise<LiveEvent>((resolve) =>
      socket.once("message", (data: Buffer) => resolve(LiveEvent.parse(JSON.parse(data.toString())))),
    );

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    token = ensureToken(t.dataDir);
    const env = parseEnv({ NYX_DATA_DIR: t.dataDir, LOG_LEVEL: "debug" });
    const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
    live = createLiveHub(logger);
    server = await startServer(
      { env, database: t.database, logger, dataDir: t.dataDir, live, door: { token, pinnedOrigin: () => undefined } },
      0,
    );
  });
  afterAll(async () => {
    await server.close();
    await t.dispose();
  });

  it("opens with the token as the subprotocol nyx.bearer.<token>, echoes it, and says hello", async () => {
    const { socket, outcome, protocol, first } = await open([`${BEARER_SUBPROTOCOL_PREFIX}${token}`]);
    expect(outcome).toBe("open");
    expect(protocol).toBe(`${BEARER_SUBPROTOCOL_PREFIX}${token}`);
    expect(first).toEqual({ type: "hello", version: 1 });
    socket?.close();
  });

  it("still opens with the Authorization header (no subprotocol chosen)", async () => {
    const { socket, outcome, protocol } = await open([], { authorization: `Bearer ${token}` });
    expect(outcome).toBe("open");
    expect(protocol).toBe("");
    socket?.close();
  });

  it.each([
    ["no token at all", [], {}, "/ws", "status 401"],
    ["a wrong token subprotocol", [`${BEARER_SUBPROTOCOL_PREFIX}${"A".repeat(43)}`], {}, "/ws", "status 401"],
    ["an empty token subprotocol", [BEARER_SUBPROTOCOL_PREFIX], {}, "/ws", "status 401"],
    ["another subprotocol only", ["chat"], {}, "/ws", "status 401"],
    ["a right subprotocol with a wrong header", ["TOKEN"], { authorization: "Bearer wrong" }, "/ws", "status 401"],
    ["the token in the URL", [], {}, "/ws?token=TOKEN", "status 401"],
    ["the token in the URL beside a right subprotocol", ["TOKEN"], {}, "/ws?access_token=TOKEN", "status 401"],
    ["a foreign Host", ["TOKEN"], { host: "evil.test:1" }, "/ws", "status 403"],
    ["a web page's Origin", ["TOKEN"], { origin: "https://evil.test" }, "/ws", "status 403"],
    ["another path", ["TOKEN"], {}, "/socket", "status 404"],
  ])("refuses %s", async (_, protocols, headers, path, expected) => {
    const withToken = (s: string) => s.replace("TOKEN", token);
    const offered = protocols.map((p) => (p === "TOKEN" ? `${BEARER_SUBPROTOCOL_PREFIX}${token}` : p));
    const result = await open(offered, headers, withToken(path));
    expect(result.outcome).toBe(expected);
  });

  it("refuses two token subprotocols at once", async () => {
    const right = `${BEARER_SUBPROTOCOL_PREFIX}${token}`;
    expect((await open([right, `${BEARER_SUBPROTOCOL_PREFIX}other`])).outcome).toBe("status 401");
  });

  it("broadcasts every published event to every connected socket, and forgets closed ones", async () => {
    const a = await open([`${BEARER_SUBPROTOCOL_PREFIX}${token}`]);
    const b = await open([], { authorization: `Bearer ${token}` });
    if (!a.socket || !b.socket) throw new Error("not connected");
    await expect.poll(() => live.size).toBe(2);
    const received = Promise.all([next(a.socket), next(b.socket)]);
    live.publish(APPLICATION);
    expect(await received).toEqual([APPLICATION, APPLICATION]);

    b.socket.close();
    await expect.poll(() => live.size).toBe(1);
    const onlyA = next(a.socket);
    live.publish({ ...APPLICATION, application: { ...APPLICATION.application, status: "skipped" } });
    expect((await onlyA).type).toBe("application");
    a.socket.close();
    await expect.poll(() => live.size).toBe(0);
  });

  it("drops an event that does not match the schema instead of sending it", async () => {
    const a = await open([`${BEARER_SUBPROTOCOL_PREFIX}${token}`]);
    if (!a.socket) throw new Error("not connected");
    const got: unknown[] = [];
    a.socket.on("message", (d: Buffer) => got.push(JSON.parse(d.toString())));
    live.publish({ type: "apply", applicationId: "not-a-uuid", url: "javascript:alert(1)" } as unknown as LiveEvent);
    live.publish(APPLICATION);
    await expect.poll(() => got.length).toBe(1);
    expect(got).toEqual([APPLICATION]);
    a.socket.close();
  });

  it("never writes the token, or what the events carry, into the log", () => {
    expect(logs.join("\n")).toMatch(/websocket upgrade refused/);
    expect(logs.join("\n")).toMatch(/live connection opened/);
    for (const line of logs) {
      expect(line).not.toContain(token);
      expect(line).not.toContain("Alpen Retail");
      expect(line).not.toContain("SAP Basis");
    }
  });
});
