import { html } from "./html.ts";
import { digestSections, digestSubject, type Section } from "./sections.ts";
import type { RenderedDigest, SessionDigest } from "./types.ts";

/**
 * The digest e-mail: a subject, a plain-text part and an HTML part telling the same. The HTML part
 * escapes every value and has no links; neither part carries anything but text from the digest.
 */
export function renderDigest(digest: SessionDigest): RenderedDigest {
  const sections = digestSections(digest);
  const subject = digestSubject(digest);
  return { subject, text: renderText(subject, sections), html: renderHtml(subject, sections) };
}

function renderText(subject: string, sections: readonly Section[]): string {
  const blocks = sections.map((section) => {
    const lines =
      section.rows.length === 0 ? [`- ${section.none ?? "none"}`] : section.rows.map((r) => `- ${r.label}: ${r.value}`);
    return [section.title, "-".repeat(section.title.length), ...lines].join("\n");
  });
  return `${subject}\n${"=".repeat(subject.length)}\n\n${blocks.join("\n\n")}\n`;
}

function renderHtml(subject: string, sections: readonly Section[]): string {
  const cell = "padding:2px 12px 2px 0;vertical-align:top;text-align:left";
  const body = sections.map((section) => {
    const rows =
      section.rows.length === 0
        ? [html`<tr><td style="${cell}" colspan="2">${section.none ?? "none"}</td></tr>`]
        : section.rows.map(
            (r) =>
              html`<tr><th style="${cell};font-weight:normal">${r.label}</th><td style="${cell}">${r.value}</td></tr>`,
          );
    return html`<h2 style="font-size:16px;margin:18px 0 6px">${section.title}</h2><table>${rows}</table>`;
  });
  return html`<!doctype html>
<html><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family:sans-serif;font-size:14px;color:#222">
<h1 style="font-size:20px">${subject}</h1>
${body}
</body></html>
`.markup;
}
