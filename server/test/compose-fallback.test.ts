import { createTestDatabase, DRIVERS, type TestDatabase } from "@nyx/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ComposeOutcome, LlmWriter } from "../src/compose/index.ts";
import { createLogger } from "../src/http/logging.ts";
import { GrokChat, type LlmSettings, OfflineChat } from "../src/llm/index.ts";
import { createOfflineWriter } from "../src/write/index.ts";
import { CASES, CLEAN, postingOf, requestFor } from "./compose-support.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";

const API_KEY = "xai-TEST-SECRET-fallback-0123456789";
const FAST: Partial<LlmSettings> = { retries: 1, minBackoffMs: 0, maxBackoffMs: 0, randomizeBackoff: false };
const benign = CASES.find((c) => c.benign);
if (!benign) throw new Error("cases.json has no benign case");
const posting = postingOf(benign);

describe.each(DRIVERS)("compose: when the model cannot write, on %s", (driver) => {
  let t: TestDatabase;
  let api: OpenAiStandIn;
  let chat: GrokChat;
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    api = await startOpenAiStandIn({ apiKey: API_KEY });
    chat = new GrokChat({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: "grok-test",
      logger,
      settings: FAST,
    });
  });
  afterAll(async () => {
    // Logs name what happened, never what was written.
    const text = logs.join("\n");
    expect(text).toContain("free text composed");
    expect(text).not.toContain("Helvetic Analytics AG I lead");
    expect(text).not.toContain("ada.lovelace@example.com");
    await api.close();
    await t.dispose();
  });
  beforeEach(() => api.reset());

  async function offlineText(kind: "cover_letter" | "motivation") {
    return (await createOfflineWriter().write(requestFor(kind, posting))).text;
  }

  it.each(["cover_letter", "motivation"] as const)(
    "a provider that answers 500: the offline %s, no throw",
    async (kind) => {
      api.failNext(10, 500, "chat");
      const writer = new LlmWriter({ chat, logger });
      const result = await writer.write(requestFor(kind, posting));
      expect(result).toMatchObject({ text: await offlineText(kind), source: "template" });
      expect(result.text.length).toBeGreaterThan(40);
      expect(result.outcome).toMatchObject({ fallback: "llm_failed", llmFailure: "refused", attempts: 1 });
      expect(api.chatRequests()).toHaveLength(2); // the LLM layer's own retry, then the writer gives up
    },
  );

  it("a dropped connection: the offline text, the failure named", async () => {
    api.failNext(10, "drop", "chat");
    const result = await new LlmWriter({ chat, logger }).write(requestFor("motivation", posting));
    expect(result).toMatchObject({ text: await offlineText("motivation"), source: "template" });
    expect(result.outcome).toMatchObject({ fallback: "llm_failed", llmFailure: "network" });
  });

  it("chat offline (no API key): the model is not asked at all", async () => {
    const offline = new OfflineChat({ db: t.database.db, logger });
    const result = await new LlmWriter({ chat: offline, logger }).write(requestFor("cover_letter", posting));
    expect(result).toMatchObject({ text: await offlineText("cover_letter"), source: "template" });
    expect(result.outcome).toMatchObject({ fallback: "offline", attempts: 0 });
    expect(api.requests).toHaveLength(0);
  });

  it("a token budget too small for the call: nothing is sent, the offline text is used", async () => {
    const writer = new LlmWriter({ chat, logger, context: { budget: { maxTokens: 50 } } });
    const result = await writer.write(requestFor("motivation", posting));
    expect(result).toMatchObject({ text: await offlineText("motivation"), source: "template" });
    expect(result.outcome).toMatchObject({ fallback: "llm_failed", llmFailure: "budget_exceeded" });
    expect(api.requests).toHaveLength(0);
  });

  it("an answer that is not the JSON asked for: the offline text", async () => {
    api.onChat(() => "Sure! Here is a cover letter: Dear team, …");
    const result = await new LlmWriter({ chat, logger }).write(requestFor("cover_letter", posting));
    expect(result).toMatchObject({ text: await offlineText("cover_letter"), source: "template" });
    expect(result.outcome).toMatchObject({ fallback: "llm_failed", llmFailure: "invalid_answer" });
  });

  it("a rejected answer is asked for once more, with the problems named and without the rejected text", async () => {
    api.answerChat({ json: { text: `I have five years of Rust experience. ${CLEAN.motivation}` } });
    api.answerChat({ json: { text: CLEAN.motivation } });
    const outcomes: ComposeOutcome[] = [];
    const writer = new LlmWriter({ chat, logger, onOutcome: (o) => outcomes.push(o) });
    const result = await writer.write(requestFor("motivation", posting));
    expect(result).toMatchObject({ text: CLEAN.motivation, source: "llm" });
    expect(result.outcome).toMatchObject({ attempts: 2, problems: [] });
    expect(outcomes).toEqual([result.outcome]);
    const [first, second] = api.chatRequests().map((r) => JSON.stringify(r.body));
    expect(first).not.toContain("rejected");
    expect(second).toContain("An earlier answer was rejected");
    expect(second).toContain("names Rust, a skill the person does not have");
    expect(second).not.toContain("five years of Rust experience");
  });

  it("asks for structured output with the schema and the purpose of the text", async () => {
    api.onChat(() => ({ json: { text: CLEAN.cover_letter } }));
    await new LlmWriter({ chat, logger }).write(requestFor("cover_letter", posting));
    const body = api.chatRequests()[0]?.body as {
      response_format?: { type?: string; json_schema?: { name?: string } };
    };
    expect(body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "free_text" } });
  });

  it("checks its options when built", () => {
    expect(() => new LlmWriter({ chat: {} as never })).toThrow(TypeError);
  });
});
