import type { ApplicationRecord } from "@nyx/shared";

/** The §1.4 columns, in the owner's order. */
const COLUMNS: [string, (r: ApplicationRecord) => unknown][] = [
  ["application_id", (r) => r.id],
  ["job_title", (r) => r.jobTitle],
  ["job_description", (r) => r.jobDescription],
  ["company_name", (r) => r.company],
  ["company_industry", (r) => r.companyIndustry],
  ["city", (r) => r.city],
  ["country", (r) => r.country],
  ["posting_source", (r) => r.postingSource],
  ["base_url", (r) => r.baseUrl],
  ["job_url", (r) => r.jobUrl],
  ["posting_date", (r) => r.postedAt?.slice(0, 10)],
  ["posting_time", (r) => r.postedAt?.slice(11, 19)],
  ["application_date", (r) => r.appliedAt?.slice(0, 10)],
  ["application_time", (r) => r.appliedAt?.slice(11, 19)],
  ["duration_seconds", (r) => r.durationSeconds],
  ["cv_used", (r) => r.cvUsed],
  ["cv_content", (r) => r.cvContent],
  ["cover_letter", (r) => r.coverLetter],
  ["effort_level", (r) => r.effortLevel],
  ["match_score", (r) => r.matchScore],
  ["questions_answers", (r) => JSON.stringify(r.questionsAnswers)],
  ["status", (r) => r.status],
  ["error_message", (r) => r.errorMessage],
  ["session_id", (r) => r.sessionId],
  ["tokens_input", (r) => r.tokensInput],
  ["tokens_output", (r) => r.tokensOutput],
  ["tools_used", (r) => JSON.stringify(r.toolsUsed)],
  ["tools_used_number", (r) => r.toolsUsedNumber],
  ["cost_usd", (r) => r.costUsd],
];

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function applicationsCsv(records: readonly ApplicationRecord[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const record of records) lines.push(COLUMNS.map(([, get]) => cell(get(record))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
