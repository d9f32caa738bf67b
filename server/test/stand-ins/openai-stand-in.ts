import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hashedBagOfWords } from "../../src/llm/offline-embedding-vector.ts";

/**
 * A local OpenAI-compatible API (the part Nyx uses: chat completions and embeddings) for tests and
 * benchmarks: the real openai SDK talks to it over HTTP on 127.0.0.1. Answers are deterministic,
 * scriptable, and can be made slow or failing; every request received is kept for assertions.
 *
 *   const api = await startOpenAiStandIn({ apiKey: "test-key" });
 *   new OpenAI({ apiKey: "test-key", baseURL: api.url });
 *   api.failNext(2, 429); api.answerChat({ json: { score: 0.8 } });
 *   …; expect(api.chatRequests()).toHaveLength(3); await api.close();
 */

export type StandInRoute = "chat" | "embeddings" | "other";

export interface ReceivedRequest {
  route: StandInRoute;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when there was none or it was not JSON). */
  body: unknown;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role?: string; content?: unknown }[];
  response_format?: { type?: string; json_schema?: unknown };
  max_tokens?: number;
  max_completion_tokens?: number;
  [key: string]: unknown;
}

/** A chat answer: plain text, or the parts to send (a `json` value is sent as its JSON text). */
export type ChatAnswer =
  | string
  | {
      content?: string;
      json?: unknown;
      refusal?: string;
      finishReason?: "stop" | "length" | "content_filter";
      usage?: { prompt_tokens?: number; completion_tokens?: number };
    };

/**
 * A failure to answer with: an HTTP status (with an OpenAI-shaped error body unless one is given),
 * "hang" (never answer: the client times out), or "drop" (close the connection: a network failure).
 */
export type InjectedFailure =
  | number
  | "hang"
  | "drop"
  | { status: number; body?: unknown; headers?: Record<string, string> };

export interface OpenAiStandInOptions {
  /** When set, a request without `Authorization: Bearer <apiKey>` gets 401 (whose message quotes the key sent). */
  apiKey?: string;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Length of embedding vectors when the request names none. Default 1536 (text-embedding-3-small). */
  embeddingDimensions?: number;
  /** Answers chat requests when nothing is queued with answerChat(). */
  chat?: (body: ChatRequestBody) => ChatAnswer;
}

export interface OpenAiStandIn {
  /** Base URL for the SDK: http://127.0.0.1:PORT/v1 */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  latencyMs: number;
  chatRequests(): ReceivedRequest[];
  embeddingRequests(): ReceivedRequest[];
  /** Queues answers for the next chat requests, in order (after any injected failures). */
  answerChat(...answers: ChatAnswer[]): void;
  /** Replaces the default chat answerer. */
  onChat(answer: (body: ChatRequestBody) => ChatAnswer): void;
  /** The next `count` requests to `route` (default: any) fail this way. */
  failNext(count: number, failure: InjectedFailure, route?: "chat" | "embeddings" | "any"): void;
  /** Forgets received requests, queued answers and failures. */
  reset(): void;
  close(): Promise<void>;
}

export async function startOpenAiStandIn(options: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const requests: ReceivedRequest[] = [];
  const answers: ChatAnswer[] = [];
  const failures: { failure: InjectedFailure; route: "chat" | "embeddings" | "any" }[] = [];
  let answerChat = options.chat ?? defaultChatAnswer;
  let counter = 0;
  const dimensions = options.embeddingDimensions ?? 1536;

  const state = { latencyMs: options.latencyMs ?? 0 };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const route: StandInRoute =
      req.method === "POST" && path === "/v1/chat/completions"
        ? "chat"
        : req.method === "POST" && path === "/v1/embeddings"
          ? "embeddings"
          : "other";
    const body = parseJson(await readBody(req));
    requests.push({ route, method: req.method ?? "GET", path, headers: { ...req.headers }, body });
    const n = ++counter;
    const requestId = `req_standin_${n}`;

    if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
    if (res.destroyed) return;

    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      const sent = String(req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
      const body401 = {
        error: {
          message: `Incorrect API key provided: ${sent}.`,
          type: "invalid_request_error",
          code: "invalid_api_key",
        },
      };
      sendJson(res, 401, body401, { "x-request-id": requestId });
      return;
    }
    const failureAt = failures.findIndex((f) => f.route === "any" || f.route === route);
    const failure = failureAt >= 0 ? failures.splice(failureAt, 1)[0]?.failure : undefined;
    if (failure === "hang") return; // the response stays open until the client gives up or close()
    if (failure === "drop") {
      req.socket.destroy();
      return;
    }
    if (failure !== undefined) {
      const status = typeof failure === "number" ? failure : failure.status;
      const custom = typeof failure === "number" ? undefined : failure;
      sendJson(res, status, custom?.body ?? errorBody(status), { "x-request-id": requestId, ...custom?.headers });
      return;
    }

    if (route === "chat") {
      const chat = (body ?? {}) as ChatRequestBody;
      if (!Array.isArray(chat.messages) || chat.messages.length === 0) {
        sendJson(res, 400, errorBody(400, "messages: at least one message is required"), { "x-request-id": requestId });
        return;
      }
      const answer = answers.shift() ?? answerChat(chat);
      sendJson(res, 200, chatCompletion(chat, answer, n), { "x-request-id": requestId });
      return;
    }
    if (route === "embeddings") {
      const embed = (body ?? {}) as {
        input?: unknown;
        model?: unknown;
        dimensions?: unknown;
        encoding_format?: unknown;
      };
      const inputs = typeof embed.input === "string" ? [embed.input] : embed.input;
      if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every((i) => typeof i === "string" && i !== "")) {
        sendJson(res, 400, errorBody(400, "input: expected a non-empty string or array of strings"), {
          "x-request-id": requestId,
        });
        return;
      }
      const size = typeof embed.dimensions === "number" ? embed.dimensions : dimensions;
      const base64 = embed.encoding_format === "base64";
      const data = inputs.map((text, index) => {
        const vector = hashedBagOfWords(text, size);
        const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
        return { object: "embedding", index, embedding };
      });
      const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
      sendJson(
        res,
        200,
        { object: "list", data, model: embed.model, usage: { prompt_tokens: tokens, total_tokens: tokens } },
        { "x-request-id": requestId },
      );
      return;
    }
    sendJson(res, 404, errorBody(404, `no route ${req.method} ${path}`), { "x-request-id": requestId });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms;
    },
    chatRequests: () => requests.filter((r) => r.route === "chat"),
    embeddingRequests: () => requests.filter((r) => r.route === "embeddings"),
    answerChat: (...more) => {
      answers.push(...more);
    },
    onChat: (answer) => {
      answerChat = answer;
    },
    failNext: (count, failure, route = "any") => {
      for (let i = 0; i < count; i++) failures.push({ failure, route });
    },
    reset: () => {
      requests.length = 0;
      answers.length = 0;
      failures.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Plain text, or a small JSON object when the request asks for JSON. */
function defaultChatAnswer(body: ChatRequestBody): ChatAnswer {
  const json = body.response_format?.type === "json_object" || body.response_format?.type === "json_schema";
  return json ? { json: { answer: "stand-in answer" } } : "stand-in answer";
}

function chatCompletion(body: ChatRequestBody, answer: ChatAnswer, n: number) {
  const parts = typeof answer === "string" ? { content: answer } : answer;
  const content = parts.json !== undefined ? JSON.stringify(parts.json) : (parts.content ?? null);
  const promptChars = (body.messages ?? []).reduce(
    (sum, m) => sum + (typeof m.content === "string" ? m.content.length : 0),
    0,
  );
  const promptTokens = parts.usage?.prompt_tokens ?? Math.ceil(promptChars / 4);
  const completionTokens = parts.usage?.completion_tokens ?? Math.ceil((content ?? "").length / 4);
  return {
    id: `chatcmpl-standin-${n}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? "stand-in",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: parts.refusal ?? null },
        finish_reason: parts.finishReason ?? "stop",
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

/** An error body shaped like OpenAI's. */
function errorBody(status: number, message?: string) {
  const [type, code, text] =
    status === 429
      ? ["requests", "rate_limit_exceeded", "Rate limit reached (stand-in)"]
      : status >= 500
        ? ["server_error", null, "The server had an error while processing your request (stand-in)"]
        : ["invalid_request_error", null, "Invalid request (stand-in)"];
  return { error: { message: message ?? text, type, code, param: null } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
