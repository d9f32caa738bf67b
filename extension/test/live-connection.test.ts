import type { LiveConnectionStatus, LiveEvent } from "@nyx/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backoffDelay, checkPolicy, RECONNECT_POLICY } from "../src/live/backoff.ts";
import { createLiveConnection, PING } from "../src/live/connection.ts";
import { liveSocketUrl } from "../src/live/live-url.ts";
import type { LiveSocketFactory, LiveSocketHandlers } from "../src/live/socket.ts";

const TOKEN = "tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const HELLO = JSON.stringify({ type: "hello", version: 1 });

describe("the reconnect backoff", () => {
  it("doubles from 1 s up to the 30 s cap, never below half of its ceiling", () => {
    const low = (n: number) => backoffDelay(n, RECONNECT_POLICY, () => 0);
    const high = (n: number) => backoffDelay(n, RECONNECT_POLICY, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(high)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect([0, 1, 2, 5, 50].map(low)).toEqual([500, 1000, 2000, 15000, 15000]);
  });

  it("spreads retries with jitter", () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3, RECONNECT_POLICY)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });

  it("refuses a bad policy up front", () => {
    expect(() => checkPolicy({ baseMs: 0, capMs: 10 })).toThrow(TypeError);
    expect(() => checkPolicy({ baseMs: 100, capMs: 10 })).toThrow(/capMs/);
  });
});

describe("the WebSocket address", () => {
  it.each([
    ["http://127.0.0.1:8765", "ws://127.0.0.1:8765/ws"],
    ["http://localhost:9000/", "ws://localhost:9000/ws"],
    ["https://127.0.0.1:8765/x?y=1#z", "wss://127.0.0.1:8765/ws"],
  ])("%s → %s", (from, to) => expect(liveSocketUrl(from)).toBe(to));

  it("refuses what is not an http address", () => {
    expect(() => liveSocketUrl("127.0.0.1:8765")).toThrow(/not/);
    expect(() => liveSocketUrl("file:///etc/passwd")).toThrow(/not an http address/);
  });
});

/** A stand-in for the browser's WebSocket that the test drives: what it was asked, and its callbacks. */
interface FakeSocket {
  url: string;
  protocols: string[];
  on: LiveSocketHandlers;
  sent: string[];
  closed: boolean;
  open: boolean;
}

describe("the live connection", () => {
  let sockets: FakeSocket[];
  let statuses: LiveConnectionStatus[];
  let events: LiveEvent[];
  let target: { serverUrl: string; token: string | null };
  const factory: LiveSocketFactory = (url, protocols, on) => {
    const s: FakeSocket = { url, protocols, on, sent: [], closed: false, open: false };
    sockets.push(s);
    return {
      isOpen: () => s.open && !s.closed,
      send: (d) => s.sent.push(d),
      close: () => {
        s.closed = true;
      },
    };
  };
  const connection = () =>
    createLiveConnection({
      target: async () => target,
      onEvent: (e) => events.push(e),
      onStatus: (s) => statuses.push(s),
      socket: factory,
      random: () => 1,
    });
  const last = () => {
    const s = sockets.at(-1);
    if (!s) throw new Error("no socket");
    return s;
  };
  const accept = (s: FakeSocket) => {
    s.open = true;
    s.on.open();
    s.on.message(HELLO);
  };
  const drop = (s: FakeSocket) => {
    s.open = false;
    s.on.close(1006);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    statuses = [];
    events = [];
    target = { serverUrl: "http://127.0.0.1:8765", token: TOKEN };
  });
  afterEach(() => vi.useRealTimers());

  it("stays quiet before pairing", async () => {
    target.token = null;
    const c = connection();
    await c.connect();
    expect(sockets).toEqual([]);
    expect(c.status).toEqual({ state: "unpaired" });
  });

  it("connects with the token as the subprotocol, is connected after hello, and passes on only valid events", async () => {
    const c = connection();
    await c.connect();
    expect(last()).toMatchObject({ url: "ws://127.0.0.1:8765/ws", protocols: [`nyx.bearer.${TOKEN}`] });
    expect(c.status.state).toBe("connecting");
    accept(last());
    expect(c.status).toEqual({ state: "connected" });
    last().on.message("not json");
    last().on.message(JSON.stringify({ type: "apply", applicationId: "x", url: "javascript:alert(1)" }));
    last().on.message(JSON.stringify({ type: "surprise" }));
    const apply = {
      type: "apply",
      applicationId: "6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4",
      url: "https://jobs.example/1",
      attempt: 1,
      workers: 2,
    };
    last().on.message(JSON.stringify(apply));
    expect(events).toEqual([{ type: "hello", version: 1 }, apply]);
  });

  it("pings every 20 s while open, to keep the service worker awake", async () => {
    const c = connection();
    await c.connect();
    accept(last());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(last().sent).toEqual([PING, PING, PING]);
    c.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(last().sent).toHaveLength(3);
  });

  it("sends the worker's messages only while open, and only well-formed ones", async () => {
    const c = connection();
    const working = {
      type: "working" as const,
      applications: [{ applicationId: "6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4", attempt: 2 }],
    };
    expect(c.send(working)).toBe(false);
    await c.connect();
    expect(c.send(working)).toBe(false);
    accept(last());
    expect(c.send(working)).toBe(true);
    expect(last().sent).toEqual([JSON.stringify(working)]);
    expect(() => c.send({ type: "working", applications: [{ applicationId: "x", attempt: 0 }] })).toThrow();
    drop(last());
    expect(c.send(working)).toBe(false);
  });

  it("reconnects after a drop with growing, capped waits, and starts over once greeted again", async () => {
    const c = connection();
    await c.connect();
    accept(last());
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      drop(last());
      expect(c.status.state).toBe("reconnecting");
      const wait = c.status.retryInMs ?? -1;
      waits.push(wait);
      const before = sockets.length;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(sockets.length).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(sockets.length).toBe(before + 1);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(statuses.at(-2)?.error).toMatch(/does not answer or refused the token/);
    accept(last());
    expect(c.status.state).toBe("connected");
    drop(last());
    expect(c.status.retryInMs).toBe(1000);
    expect(c.status.error).toMatch(/dropped/);
  });

  it("reconnects at once with the new token, and ignores the old socket", async () => {
    const c = connection();
    await c.connect();
    accept(last());
    const old = last();
    target.token = "new_token";
    await c.connect();
    expect(old.closed).toBe(true);
    expect(last().protocols).toEqual(["nyx.bearer.new_token"]);
    old.on.message(JSON.stringify({ type: "hello", version: 1 }));
    old.on.close(1000);
    expect(c.status.state).toBe("connecting");
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets).toHaveLength(2);
  });

  it("goes quiet when unpaired, and ensure() only connects when nothing is under way", async () => {
    const c = connection();
    await c.connect();
    await c.ensure();
    expect(sockets).toHaveLength(1);
    target.token = null;
    await c.connect();
    expect(last().closed).toBe(true);
    expect(c.status.state).toBe("unpaired");
    target.token = TOKEN;
    await c.ensure();
    expect(sockets).toHaveLength(2);
  });
});
