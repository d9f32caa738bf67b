import type { ApplicationDetail as Detail, HistoryCorrectionInput, ResponseInput } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { correctApplication, fetchApplicationDetail, recordResponse } from "../../../src/api/tracker.ts";
import { LoadError } from "../load-error.tsx";
import { CorrectForm } from "./correct-form.tsx";
import { DetailQuestions } from "./detail-questions.tsx";
import { DetailCorrections, DetailCost, DetailEvents, DetailInterviews, DetailTimeline } from "./detail-record.tsx";
import { message, percent, titleOf, when, words } from "./format.ts";
import { OutcomeForm } from "./outcome-form.tsx";

type Load = { state: "loading" } | { state: "ok"; detail: Detail } | { state: "error"; message: string };

function Posting({ d }: { d: Detail }) {
  const p = d.posting;
  const place = [p.location ?? [p.city, p.country].filter(Boolean).join(", "), p.remote ? "remote" : ""]
    .filter(Boolean)
    .join(" · ");
  return (
    <section data-testid="detail-posting">
      <h3>Posting</h3>
      <p>
        <a href={p.url} target="_blank" rel="noreferrer">
          {p.url}
        </a>
      </p>
      <p class="meta">
        {place || "place not given"}
        {p.source && ` · from ${p.source}`}
        {p.postedAt && ` · posted ${when(p.postedAt)}`}
      </p>
      {p.description ? (
        <details>
          <summary>The posting's text</summary>
          <p class="long">{p.description}</p>
        </details>
      ) : (
        <p class="empty">The posting's text was not kept.</p>
      )}
    </section>
  );
}

function Documents({
  d,
  correct,
}: {
  d: Detail;
  correct: (c: Omit<HistoryCorrectionInput, "recordId">) => Promise<void>;
}) {
  return (
    <>
      <section data-testid="detail-cover-letter">
        <h3>Cover letter</h3>
        {d.coverLetter ? (
          <>
            <p class="long">{d.coverLetter.text}</p>
            <p class="meta">
              written by {d.coverLetter.generatedBy ? words(d.coverLetter.generatedBy) : "unknown"}{" "}
              <CorrectForm
                label="the cover letter"
                value={d.coverLetter.text}
                save={(newValue, reason) =>
                  correct({
                    table: "applications",
                    field: "cover_letter_text",
                    newValue,
                    ...(reason ? { reason } : {}),
                  })
                }
              />
            </p>
          </>
        ) : (
          <p class="empty">No cover letter was sent with this application.</p>
        )}
      </section>
      <section data-testid="detail-cv">
        <h3>CV</h3>
        {d.cv ? (
          <p>
            {d.cv.name} ({d.cv.key}){d.cv.version !== null && `, version ${d.cv.version}`}
            {d.cv.fileName && ` · ${d.cv.fileName}`}
          </p>
        ) : (
          <p class="empty">No CV was chosen: add one to the profile in Settings.</p>
        )}
      </section>
    </>
  );
}

/** One application as History shows it (`#history/<id>`), with its corrections and its outcome. */
export function ApplicationDetail({ id }: { id: string }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const reload = () =>
    fetchApplicationDetail(id).then(
      (detail) => setLoad({ state: "ok", detail }),
      (e: unknown) => setLoad({ state: "error", message: message(e) }),
    );
  useEffect(() => {
    setLoad({ state: "loading" });
    void reload();
  }, [id]);

  const correct = async (c: HistoryCorrectionInput) => {
    await correctApplication(id, c);
    await reload();
  };
  const respond = async (r: ResponseInput) => {
    await recordResponse(id, r);
    await reload();
  };

  return (
    <section class="detail" data-testid="application-detail">
      <p>
        <a href="#history">← All applications</a>
      </p>
      {load.state === "loading" && <p>Loading the application…</p>}
      {load.state === "error" && (
        <LoadError message={load.message} hint="Go back to the list and open it again, or" retry={() => reload()} />
      )}
      {load.state === "ok" && (
        <>
          <h2>
            {titleOf(load.detail.posting.title, load.detail.domain)}
            {load.detail.posting.company && ` at ${load.detail.posting.company}`}
          </h2>
          <p class="meta" data-testid="detail-summary">
            {words(load.detail.status)}
            {load.detail.outcome &&
              ` · outcome ${words(load.detail.outcome.outcome)} (${when(load.detail.outcome.at)})`}{" "}
            · effort {load.detail.effort} · match {percent(load.detail.score)} · created {when(load.detail.createdAt)}
            {load.detail.submittedAt && ` · sent ${when(load.detail.submittedAt)}`}
            {load.detail.durationSeconds !== null && ` in ${Math.round(load.detail.durationSeconds)} s`}
          </p>
          {load.detail.failure && (
            <p class="error">
              Stopped: {load.detail.failure.code ? words(load.detail.failure.code) : "failed"}
              {load.detail.failure.detail && ` (${load.detail.failure.detail})`}
            </p>
          )}
          <section>
            <h3>Outcome</h3>
            <OutcomeForm submitted={load.detail.status === "submitted"} save={respond} />
          </section>
          <Posting d={load.detail} />
          <DetailQuestions
            questions={load.detail.questions}
            save={(q, newValue, reason) =>
              correct({
                table: "application_questions",
                recordId: q.id,
                field: "value_filled",
                newValue,
                ...(reason ? { reason } : {}),
              })
            }
          />
          <Documents d={load.detail} correct={(c) => correct({ ...c, recordId: id })} />
          <DetailInterviews interviews={load.detail.interviews} />
          <DetailCorrections corrections={load.detail.corrections} />
          <DetailCost usage={load.detail.usage} steps={load.detail.steps} />
          <DetailTimeline timeline={load.detail.timeline} />
          <DetailEvents events={load.detail.events} />
        </>
      )}
    </section>
  );
}
