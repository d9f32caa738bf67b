import type { RemoteMode } from "@nyx/shared";
import { postedDateIn } from "./dates.ts";
import { absoluteUrl, all, type DomDocument, firstText, meta, normalizeSpace } from "./dom.ts";
import { collectFacts, type Facts } from "./facts.ts";
import { parsePlace } from "./places.ts";
import { parseSalary } from "./salary.ts";
import type { Layer, PageContext } from "./types.ts";
import { employmentFromLabel, remoteFromLabel } from "./work-terms.ts";

/** Apply buttons in the languages job pages are written in. */
const APPLY =
  /^(?:apply(?: now| online| here| today)?(?: for (?:this|the) (?:job|position|role))?|apply on (?:the )?company (?:site|website)|easy apply|i'?m interested|(?:jetzt |online |direkt )?bewerben|(?:jetzt )?online bewerben|zur bewerbung|bewerbung starten|jetzt bewerbung senden|postuler(?: maintenant| en ligne)?|je postule|candidater|candidatez|candidati(?: ora)?|invia candidatura|solliciteer(?: nu| direct)?|aplicar(?: ahora)?|inscríbete|postúlate|candidatar-se)$/iu;
const APPLY_PATH = /\/(?:apply|application|bewerben|bewerbung|postuler|candidature)(?:[/?#]|$)/i;

const JOB_SECTIONS =
  /(?<!\p{L})(?:responsibilities|requirements|qualifications|what you(?:'|’)?ll do|what you will do|your profile|your tasks|about the role|who you are|what we offer|we offer|benefits|ihre aufgaben|ihr profil|deine aufgaben|dein profil|wir bieten|das bieten wir|vos missions|votre profil|profil recherché|nous offrons|ce que nous offrons|missions)(?!\p{L})/giu;
const GENDER = /\((?:[mwfdhx]|all|divers)(?:\s*[/|,]\s*(?:[mwfdhx]|divers))+\)/i;
const EMPLOYMENT_WORDS =
  /\b(?:full[- ]time|part[- ]time|vollzeit|teilzeit|temps (?:plein|partiel)|cdi|cdd|festanstellung|internship|praktikum|werkstudent)\b/i;
const BOARD_NAMES =
  /^(?:linkedin|indeed(?:\.com)?|glassdoor|stepstone|xing|monster|jobs?|careers?|karriere|stellenangebote|emplois?|offres d'emploi|home|startseite|accueil)$/i;

/** A link or button that starts an application, by its text or its target's path. */
export function applyLink(doc: DomDocument, base: URL): string | null {
  const links = all(doc, "a[href]");
  for (const link of links) {
    const label = (normalizeSpace(link.textContent ?? "") || (link.getAttribute("aria-label") ?? "")).replace(
      /[\s!.:→›»>]+$/u,
      "",
    );
    if (APPLY.test(label)) {
      const url = absoluteUrl(link.getAttribute("href"), base);
      if (url) return url;
    }
  }
  for (const link of links) {
    const url = absoluteUrl(link.getAttribute("href"), base);
    if (url && APPLY_PATH.test(new URL(url).pathname) && /apply|bewerb|postul|candid/i.test(link.textContent ?? ""))
      return url;
  }
  return null;
}

/** An application form on the page itself (a file input for the CV next to an e-mail field). */
export function hasApplicationForm(doc: DomDocument): boolean {
  return all(doc, "form").some(
    (form) =>
      form.querySelector("input[type=file]") !== null &&
      form.querySelector("input[type=email], input[name*=email i], input[id*=email i], input[autocomplete=email]") !==
        null,
  );
}

/** Whether the page reads like a job posting rather than an article: two independent signs are needed. */
export function looksLikeJob(text: string, facts: Facts, title: string, canApply: boolean): boolean {
  const sections = new Set([...text.matchAll(JOB_SECTIONS)].map((m) => m[0].toLowerCase()));
  const signs = [
    canApply,
    sections.size >= 2,
    GENDER.test(title),
    EMPLOYMENT_WORDS.test(text),
    Boolean(facts.location || facts.employment || facts.salary),
  ];
  return signs.filter(Boolean).length >= 2;
}

/** The company named next to the title in the page title ("Title – Company", "Company - Title", "Title @ Company"). */
export function companyFromTitle(
  pageTitle: string | null | undefined,
  jobTitle: string | null | undefined,
): string | null {
  if (!pageTitle || !jobTitle) return null;
  const at = pageTitle.toLowerCase().indexOf(jobTitle.toLowerCase());
  if (at < 0) return null;
  const rest = `${pageTitle.slice(0, at)} | ${pageTitle.slice(at + jobTitle.length)}`;
  for (const part of rest.split(/\s+(?:at|bei|chez|presso)\s+|\s*[|–—·@]\s*|\s+-\s+/i)) {
    const candidate = normalizeSpace(part)
      .replace(/^(?:at|bei|chez|presso)\s+/i, "")
      .replace(/\s+(?:careers?|jobs?|karriere|stellenangebote|emplois?)$/i, "");
    if (candidate.length < 2 || candidate.length > 80 || BOARD_NAMES.test(candidate)) continue;
    if (/^(?:job )?application for$|^bewerbung (?:als|für)$|^stellenangebot$/i.test(candidate)) continue;
    const place = parsePlace(candidate);
    if (place.country || (place.city && place.city !== candidate)) continue;
    return candidate;
  }
  return null;
}

const LEGAL_FORM =
  /(?:^|[\s(])((?:[A-ZÄÖÜ][\p{L}&'’.-]*\s+){0,4}?[A-ZÄÖÜ][\p{L}&'’.-]*\s+(?:GmbH(?:\s*&\s*Co\.\s*KG)?|AG|SE|S\.A\.|SA|SAS|SARL|Sàrl|Ltd\.?|Limited|Inc\.?|LLC|B\.V\.|BV|N\.V\.|KG|OHG|plc|Oy|AB|ApS|S\.p\.A\.|S\.r\.l\.))(?=[\s,.;:)]|$)/u;

/** A company named with its legal form in the text ("Die Muster Robotik GmbH entwickelt …"). */
export function companyWithLegalForm(text: string): string | null {
  const m = LEGAL_FORM.exec(text);
  return m?.[1] ? m[1].replace(/^(?:Die|Der|Das|The|La|Le|Les|L['’]|Il|El|De|Het)\s+/u, "") : null;
}

/** A "Remote" fact may be a mode ("Hybrid") or a plain yes/no. */
function remoteFact(value: string | undefined): RemoteMode | null {
  if (!value) return null;
  if (/^(?:yes|ja|oui|sí|si)\b/i.test(value)) return "remote";
  if (/^(?:no|nein|non)\b/i.test(value)) return "onsite";
  return remoteFromLabel(value);
}

/** Generic rules: the page's headline, labelled facts and apply button, in any language. */
export function genericLayer(doc: DomDocument, ctx: PageContext, knownTitle: string | null, text: string): Layer {
  const lines = text.split("\n");
  const facts = collectFacts(doc.body, lines);
  const headline = firstText(doc, ["h1"]) ?? meta(doc, "og:title");
  const applyUrl = applyLink(doc, ctx.url) ?? (hasApplicationForm(doc) ? ctx.postingUrl.href : null);
  const title = knownTitle ?? (headline && looksLikeJob(text, facts, headline, applyUrl !== null) ? headline : null);
  const location = facts.location && parsePlace(facts.location, ctx.hints);
  const department = facts.department && facts.department.split(" ").length <= 8 ? facts.department : null;
  const siteName = meta(doc, "og:site_name");
  const company =
    (facts.company && facts.company.length <= 80 ? facts.company : null) ??
    (siteName && !BOARD_NAMES.test(siteName) ? siteName : null) ??
    companyFromTitle(normalizeSpace(doc.title ?? ""), title) ??
    companyWithLegalForm(text);
  return {
    title,
    company,
    locationRaw: location && (location.city || location.country) ? (facts.location ?? null) : null,
    remote: remoteFact(facts.remote) ?? (location ? location.remote : null),
    employmentType: employmentFromLabel(facts.employment),
    department,
    postedAt: postedDateIn(facts.posted ? `posted ${facts.posted}` : "") ?? postedDateIn(text),
    salary: parseSalary(facts.salary),
    applyUrl,
    quickApply: false,
  };
}
