import { createTestDatabase, DRIVERS, type TestDatabase } from "@nyx/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LlmWriter } from "../src/compose/index.ts";
import { createLogger } from "../src/http/logging.ts";
import { GrokChat, type LlmSettings } from "../src/llm/index.ts";
import {
  ALL_CANARIES,
  CASES,
  CLEAN,
  decodeTags,
  HOSTILE,
  hostileFindings,
  obeyingAnswer,
  postingOf,
  readable,
  received,
  requestFor,
} from "./compose-support.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";

const API_KEY = "xai-TEST-SECRET-compose-0123456789";
const FAST: Partial<LlmSettings> = { retries: 1, minBackoffMs: 0, maxBackoffMs: 0, randomizeBackoff: false };
const KINDS = ["cover_letter", "motivation"] as const;

describe.each(DRIVERS)("compose: the prompt-injection suite on %s", (driver) => {
  let t: TestDatabase;
  let api: OpenAiStandIn;
  let writer: LlmWriter;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    api = await startOpenAiStandIn({ apiKey: API_KEY });
    const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
    const chat = new GrokChat({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: "grok-test",
      logger,
      settings: FAST,
    });
    writer = new LlmWriter({ chat, logger });
  });
  afterAll(async () => {
    // Nothing hostile reaches the logs, whatever the model said.
    const text = logs.join("\n");
    expect(text).toContain("free text composed");
    for (const canary of ALL_CANARIES) expect(text.toLowerCase()).not.toContain(canary.toLowerCase());
    expect(text).not.toContain("attacker.test");
    await api.close();
    await t.dispose();
  });
  beforeEach(() => api.reset());

  /** What the stand-in was sent: no tag characters, no instruction of the page in any readable form, no attacker URL. */
  function expectCleanPrompt(c: (typeof CASES)[number]) {
    const sent = received(api);
    expect(sent).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
    const legible = readable(sent);
    for (const canary of ALL_CANARIES) expect(legible).not.toContain(readable(canary));
    if (c.injection) expect(legible).not.toContain(readable(c.injection));
    if (c.injection_zero_width) expect(legible).not.toContain(readable(c.injection_zero_width));
    expect(decodeTags(sent)).not.toContain("attacker.test");
  }

  describe.each(CASES)("$file ($technique)", (c) => {
    const posting = postingOf(c);

    it.each(KINDS)(
      "a model that writes hostile text whatever it is asked: %s falls back to the template",
      async (kind) => {
        api.onChat(() => ({ json: { text: `${HOSTILE}\n\n${CLEAN[kind]}` } }));
        const result = await writer.write(requestFor(kind, posting));
        expect(hostileFindings(result.text, c)).toEqual([]);
        expect(result.text.length).toBeGreaterThan(40);
        expect(result.source).toBe("template");
        expect(result.outcome).toMatchObject({ fallback: "rejected", attempts: 2, templateProblems: [] });
        expect(result.outcome.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["skill", "url", "number"]));
        expect(api.chatRequests()).toHaveLength(2);
        expectCleanPrompt(c);
      },
    );

    it.each(KINDS)("a model that obeys the page: %s carries nothing of it", async (kind) => {
      api.onChat(obeyingAnswer(CLEAN[kind]));
      const result = await writer.write(requestFor(kind, posting));
      expect(hostileFindings(result.text, c)).toEqual([]);
      expect(result.text.length).toBeGreaterThan(40);
      expectCleanPrompt(c);
    });
  });

  it.each(KINDS)("the benign hard negative is processed normally: the model's %s is accepted", async (kind) => {
    const benign = CASES.find((c) => c.benign);
    if (!benign) throw new Error("cases.json has no benign case");
    api.onChat(() => ({ json: { text: CLEAN[kind] } }));
    const result = await writer.write(requestFor(kind, postingOf(benign)));
    expect(result).toMatchObject({ text: CLEAN[kind], source: "llm" });
    expect(result.outcome).toMatchObject({ attempts: 1, problems: [], instructionsRemoved: 0, invisibleRemoved: 0 });
    // The posting's legitimate requirement and its note to (human) applicants reach the model untouched.
    const sent = received(api);
    expect(sent).toContain("Experience with AI assistants required");
    expect(sent).toContain("Note to applicants: we are happy for you to use AI tools");
  });

  it("the visible and white-on-white instructions are shown to the model as nothing at all", async () => {
    for (const file of ["visible-note.html", "white-on-white.html", "zero-width.html"]) {
      const c = CASES.find((x) => x.file === file);
      if (!c) throw new Error(`no case ${file}`);
      api.reset();
      api.onChat(() => ({ json: { text: CLEAN.motivation } }));
      const result = await writer.write(requestFor("motivation", postingOf(c)));
      expect(result.source).toBe("llm");
      expect(result.outcome.instructionsRemoved + result.outcome.invisibleRemoved).toBeGreaterThan(0);
      expectCleanPrompt(c);
    }
  });
});
