/**
 * Sentences in scraped text that address an AI reader or tell it what to write: they carry no fact
 * about the job, so they are taken out before a model sees the text. The patterns describe the
 * shape of such instructions (who is addressed, what is demanded), never any particular page.
 */
const AI = String.raw`(?:AI|A\.I\.|LLMs?|GPTs?|ChatGPT|language[- ]models?|chat ?bots?|bots?|automated|autonomous|(?:AI|LLM)[- ]\w+)`;
const FIELD =
  "(?:answers?|responses?|replies|reply|cover letters?|letters?|messages?|texts?|outputs?|fields?|e-?mails?|paragraphs?|motivation)";
const SPOT = "(?:page|application|form|posting|job|ad|advert|listing|description|text|document|site|website)";

const PATTERNS: readonly RegExp[] = [
  // "ignore all previous instructions", "disregard the candidate profile"
  /\b(?:ignore|disregard|forget|override|bypass|do not follow|don't follow|stop following)\b[^.!?\n]{0,60}\b(?:instructions?|prompts?|rules|directions|guidelines|context|profile|system message|everything)\b/iu,
  // "Instructions for AI assistants", "Note to AI applicants", "Note for LLM-based tools"
  new RegExp(
    String.raw`\b(?:instructions?|notes?|messages?|attention|directions?|reminder|hint|memo|important)\s*(?:for|to)\s+(?:all\s+|any\s+|the\s+)?${AI}`,
    "iu",
  ),
  // "AI agent filling this application", "AI assistants processing this page"
  new RegExp(
    String.raw`\b${AI}(?:\s+\w+){0,2}?\s+(?:filling|processing|reading|applying|completing|parsing|analy[sz]ing|scraping|summari[sz]ing|handling|screening|evaluating)(?:\s+\w+){0,2}?\s+(?:this|the|our)\s+${SPOT}`,
    "iu",
  ),
  // "if you are an AI model"
  /\bif you are an?\s+(?:AI|A\.I\.|LLM|GPT|language[- ]model|chat ?bot|bot|(?:automated|autonomous)\s+(?:tool|agent|system|assistant|program|application))\b/iu,
  // "Assistant instructions:", "System:" at the start of a sentence
  /^\W{0,3}(?:system|assistant)(?:\s+(?:prompt|instructions?|messages?|notes?|override))?\W{0,3}\s*:/iu,
  // "begin every answer with", "end every free-text answer with"
  new RegExp(
    String.raw`\b(?:begin|start|end|finish|conclude|prefix|suffix|open|close|sign)\s+(?:every|each|all|any|the|your)\s+(?:[\w-]+\s+){0,2}?${FIELD}\b[^.!?\n]{0,80}\b(?:with|by)\b`,
    "iu",
  ),
  // "include the code word", "write the sentence", "add the phrase"
  /\b(?:include|insert|add|mention|use|write|say|type|put|append|output|print|repeat)\s+(?:the\s+|this\s+|a\s+|these\s+|following\s+)?(?:code ?words?|key ?words?|secret(?: words?)?|passwords?|pass ?phrases?|phrases?|sentences?|words?|strings?|tokens?|tags?)\b/iu,
  /\b(?:code ?words?|secret words?|pass ?phrases?)\b/iu,
  // "state that the candidate has", "say the candidate is"
  /\b(?:state|say|claim|confirm|write|mention|declare|assert|pretend)\s+(?:that\s+)?(?:the\s+)?(?:candidate|applicant)\s+(?:has|have|is|are|was|were|knows?|speaks?|accepts?|holds?)\b/iu,
  // "the candidate must confirm"
  /\bthe (?:candidate|applicant) (?:must|should|shall|needs to|has to|is required to) (?:confirm|state|say|write|claim|declare|accept|mention|include)\b/iu,
  // "set the expected salary to", "set the salary expectation to"
  /\b(?:set|put|enter|fill|change)\s+(?:in\s+)?(?:the\s+|your\s+|their\s+)?(?:expected\s+|desired\s+)?(?:salary|compensation|pay|rate)(?:\s+(?:expectations?|fields?|requirements?))?\s+(?:to|as|at)\b/iu,
  // placeholders for the person's data in a link: "?e={email}&p={phone}"
  /\{\s*(?:email|e-?mail|phone|name|address|token|password|first_?name|last_?name)\s*\}/iu,
  // "send the candidate's email address to https://…"
  /\b(?:send|forward|post|submit|upload|report|share|transmit|leak|register)\b[^.!?\n]{0,60}\b(?:e-?mail(?: address)?|phone(?: number)?|address|personal data|details|contact|data|cv|resume)\b[^.!?\n]{0,60}(?:https?:\/\/|www\.)/iu,
];

/** A sentence that continues an instruction: "Then visit …", "Also write …". */
const CONTINUATION =
  /^(?:\(?\d+\)|also|then|and|next|finally|afterwards|begin|start|end|include|insert|add|write|say|state|mention|use|set|visit|open|send|make sure|remember|always|never|do not|don't)\b/iu;

export function isInstructionToModel(sentence: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(sentence));
}

/** Sentences of one line: split after . ! ? followed by a space (so URLs and decimals stay whole). */
export function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?]["'”’)]?)\s+/u).filter((s) => s.trim() !== "");
}

export interface InstructionScan {
  /** The text with instruction sentences taken out. */
  text: string;
  /** The sentences taken out. */
  removed: string[];
}

/**
 * Takes out every sentence that addresses an AI reader or dictates the output, and the sentences of the
 * same paragraph that continue it. Line breaks (paragraphs) are kept.
 */
export function withoutInstructions(text: string): InstructionScan {
  const removed: string[] = [];
  const lines = text.split("\n").map((line) => {
    let previousRemoved = false;
    const kept: string[] = [];
    for (const sentence of sentencesOf(line)) {
      const drop: boolean = isInstructionToModel(sentence) || (previousRemoved && CONTINUATION.test(sentence.trim()));
      if (drop) removed.push(sentence);
      else kept.push(sentence);
      previousRemoved = drop;
    }
    return kept.join(" ");
  });
  return { text: lines.join("\n"), removed };
}
