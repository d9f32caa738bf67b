import { ErrorBody } from "@nyx/shared";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPairingCode, PAIRING_MAX_ATTEMPTS, pinnedOrigin } from "../src/auth/pairing.ts";
import { createTestApp, type TestApp } from "./support.ts";

const EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
const OTHER_EXTENSION = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba";

describe("pairing the extension", () => {
  let s: TestApp;
  /** origin null: no Origin header at all. */
  const pair = (code: string, origin: string | null = EXTENSION) =>
    s.call("/pair", {
      method: "POST",
      json: { code },
      headers: { authorization: "", ...(origin === null ? {} : { origin }) },
    });

  beforeEach(async () => {
    await s?.dispose();
    s = await createTestApp();
  });
  afterAll(() => s.dispose());

  it("trades the one-time code for the token and pins the extension's origin", async () => {
    const { code } = createPairingCode(s.dataDir);
    const response = await pair(code.toLowerCase());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ token: s.token, extensionId: EXTENSION.slice(19) });
    expect(pinnedOrigin(s.dataDir)).toBe(EXTENSION);

    expect((await s.call("/api/profiles", { headers: { origin: EXTENSION } })).status).toBe(200);
    expect((await s.call("/api/profiles", { headers: { origin: OTHER_EXTENSION } })).status).toBe(403);
    expect((await s.call("/api/profiles", { headers: { origin: EXTENSION, authorization: "" } })).status).toBe(401);
    expect((await s.call("/health")).status).toBe(200);
  });

  it("works once", async () => {
    const { code } = createPairingCode(s.dataDir);
    expect((await pair(code)).status).toBe(200);
    expect((await pair(code, OTHER_EXTENSION)).status).toBe(401);
    expect(pinnedOrigin(s.dataDir)).toBe(EXTENSION);
  });

  it("is refused from a web page, and without a code", async () => {
    const { code } = createPairingCode(s.dataDir);
    const fromPage = await pair(code, "https://evil.test");
    expect(fromPage.status).toBe(403);
    expect((await pair(code, null)).status).toBe(403);
    expect(pinnedOrigin(s.dataDir)).toBeUndefined();
  });

  it("burns the code after repeated wrong guesses", async () => {
    const { code } = createPairingCode(s.dataDir);
    for (let i = 0; i < PAIRING_MAX_ATTEMPTS; i++) {
      const response = await pair("ZZZZ-ZZZZ");
      expect(response.status).toBe(401);
      expect(ErrorBody.parse(await response.json()).message).toMatch(/wrong|no pairing code/);
    }
    expect((await pair(code)).status).toBe(401);
    expect(pinnedOrigin(s.dataDir)).toBeUndefined();
  });

  it("refuses an expired code", async () => {
    const { code } = createPairingCode(s.dataDir, Date.now() - 11 * 60 * 1000);
    expect((await pair(code)).status).toBe(401);
  });

  it("lets an extension that is not paired yet find the server, but no web page", async () => {
    expect((await s.call("/health", { headers: { origin: OTHER_EXTENSION, authorization: "" } })).status).toBe(200);
    expect((await s.call("/health", { headers: { origin: "https://evil.test", authorization: "" } })).status).toBe(403);
    expect((await s.call("/api/profiles", { headers: { origin: OTHER_EXTENSION } })).status).toBe(403);
  });

  it("takes the code only as JSON", async () => {
    createPairingCode(s.dataDir);
    const response = await s.call("/pair", {
      method: "POST",
      body: "code=AAAA-AAAA",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: EXTENSION },
    });
    expect(response.status).toBe(415);
  });
});
