import type { DetailQuestion } from "@nyx/shared";
import { CorrectForm } from "./correct-form.tsx";
import { percent, words } from "./format.ts";

type Save = (question: DetailQuestion, newValue: string, reason: string | undefined) => Promise<void>;

function Question({ q, save }: { q: DetailQuestion; save: Save }) {
  return (
    <li class="question" data-testid="detail-question" data-corrected={q.corrected}>
      <strong>{q.label}</strong>
      {q.required && <span class="meta required"> (required)</span>}
      {q.corrected ? (
        <>
          <p data-testid="answer-now">
            <span class="tag">Corrected</span> {q.answer ?? "(left empty)"}
          </p>
          <p class="original" data-testid="answer-original">
            <span class="tag">First recorded</span> {q.originalAnswer ?? "(left empty)"}
          </p>
        </>
      ) : (
        <p data-testid="answer-now">{q.answer ?? <em>not answered</em>}</p>
      )}
      <span class="meta">
        source {q.source ? words(q.source) : "unknown"}
        {q.confidence !== null && ` · confidence ${percent(q.confidence)}`}
        {q.fieldType && ` · ${q.fieldType}`}
        {q.flagged && ` · waited for you: ${q.flagged}`}
      </span>{" "}
      <CorrectForm label={q.label} value={q.answer ?? ""} save={(value, reason) => save(q, value, reason)} />
    </li>
  );
}

/** Every question of the form with its answer, where the answer came from, and its correction. */
export function DetailQuestions({ questions, save }: { questions: DetailQuestion[]; save: Save }) {
  return (
    <section data-testid="detail-questions">
      <h3>Questions and answers</h3>
      {questions.length === 0 ? (
        <p class="empty">No question was recorded: the form was not read yet (queued, or stopped before it).</p>
      ) : (
        <ol class="questions">
          {[...questions]
            .sort((a, b) => a.step - b.step)
            .map((q) => (
              <Question key={q.id} q={q} save={save} />
            ))}
        </ol>
      )}
    </section>
  );
}
