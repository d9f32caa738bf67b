import type { EmploymentType, ExtractedPosting, RemoteMode } from "@nyx/shared";

type Seniority = NonNullable<ExtractedPosting["seniority"]>;

/**
 * Work mode, employment type and seniority in English, German and French (with a little Dutch,
 * Italian and Spanish). "Label" readers take a short stated value ("Hybrid", "Vollzeit, unbefristet");
 * "prose" readers look for unambiguous phrases in a description.
 */

const HYBRID_LABEL =
  /\bhybrid|\bhybride?\b|teilweise remote|télétravail partiel|\bpartly remote|\bflex(?:ible)? (?:office|work)/i;
const REMOTE_LABEL =
  /\bremote\b|\btelecommute\b|\bwork from (?:home|anywhere)\b|\banywhere\b|\bwfh\b|\bhome ?office\b|\btélétravail\b|\bteletravail\b|(?<!\p{L})à distance\b|\bda remoto\b|\bremoto\b|\bthuiswerk/iu;
const ONSITE_LABEL =
  /\bon[- ]?site\b|\bin[- ]?office\b|\bin person\b|\bvor ort\b|\bpräsenz|\bim büro\b|\bsur site\b|\ben présentiel\b|\bprésentiel\b|\bin sede\b|\bpresencial\b|\bop locatie\b|\boffice[- ]based\b|\bbürobasiert/i;

/** "Hybrid remote" → hybrid, "Remote" → remote, "On-site" / "Vor Ort" → onsite. */
export function remoteFromLabel(value: string | null | undefined): RemoteMode | null {
  if (!value) return null;
  if (HYBRID_LABEL.test(value)) return "hybrid";
  if (REMOTE_LABEL.test(value))
    return /\bno(?:t)? remote\b|\bkein(?:e)? (?:remote|home ?office)\b/i.test(value) ? "onsite" : "remote";
  if (ONSITE_LABEL.test(value)) return "onsite";
  return null;
}

const NEGATION = /\b(?:no|not|non|kein(?:e|en)?|pas(?: de)?|sans|nicht)\s+(?:\w+\s+){0,2}$/i;

function unnegated(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (!NEGATION.test(before)) return true;
  }
  return false;
}

const REMOTE_PROSE =
  /\b(?:fully|100 ?%|full|completely|entirely)[ -]remote\b|\bremote[ -](?:role|position|job|first|only)\b|\bwork (?:from )?anywhere\b|\bvollständig (?:remote|im home ?office)\b|\b100 ?% (?:home ?office|télétravail)\b|\b(?:full |en )?télétravail (?:complet|à 100 ?%)|\bentièrement à distance\b/i;
const HYBRID_PROSE =
  /\bhybrid(?:e[nrs]?)?[ -](?:work|working|model|set-?up|role|position|arbeit|arbeiten|arbeitsmodell|modell|travail|schedule|policy|arrangement|office)|\b(?:work|working|arbeiten|travaillons|travail)\s+(?:in\s+a\s+)?hybride?\b|\b\d+(?:\s*(?:-|to|bis|à)\s*\d+)? (?:days?|tage?n?|jours?) (?:a|per|pro|par) (?:week|woche|semaine) (?:in|at|im|au) (?:the |our |unserem |notre )?(?:office|büro|bureau)|\bhome ?office (?:days?|tage?)\b|\bup to \d+ ?% (?:home ?office|remote)\b|\btélétravail partiel\b/i;
const ONSITE_PROSE =
  /\b(?:work|working|works|based|presence|present|team|role|position|job|be|is)\b[^.;\n]{0,30}\bon[- ]?site\b|\bon[- ]?site (?:role|position|job|work|only|presence|in|at|\d)|\bfully on[- ]?site\b|\bin[- ]person (?:role|position|work)\b|\b(?:arbeit|tätig|präsenz)\p{L}*[^.;\n]{0,30}\bvor ort\b|\bvor ort (?:in|im|bei|arbeiten)\b|\bsur site\b|\ben présentiel\b|\bin sede\b/iu;

/** The work mode a description states: an explicit remote phrase, then hybrid, then on-site. */
export function remoteFromProse(text: string): RemoteMode | null {
  if (unnegated(text, REMOTE_PROSE)) return "remote";
  if (HYBRID_PROSE.test(text)) return "hybrid";
  if (ONSITE_PROSE.test(text)) return "onsite";
  return null;
}

const EMPLOYMENT_LABELS: readonly [EmploymentType, RegExp][] = [
  [
    "intern",
    /\bintern(?:ship)?\b|\bpraktik(?:um|ant(?:in)?)\b|\bwerkstudent|\bworking student\b|\bstage\b|\bstagiaire\b|\balternan(?:ce|t)\b|\bapprenti|\btrainee\b/i,
  ],
  ["freelance", /\bfreelance|\bfreiberuf|\bindépendant\b|\bself-employed\b/i],
  [
    "contract",
    /\bcontract(?:or)?\b|\btemporary\b|\btemp\b|\bfixed[- ]term\b|\bbefristet\b|\bzeitarbeit|\bcdd\b|\bintérim|\binterim\b|\bper[_ ]diem\b|\btempo(?:raire|raneo)\b/i,
  ],
  ["part_time", /\bpart[-_ ]?time\b|\bteilzeit\b|\btemps partiel\b|\bpart-time\b|\bdeeltijd\b|\bmedia jornada\b/i],
  [
    "full_time",
    /\bfull[-_ ]?time\b|\bvollzeit\b|\btemps (?:plein|complet)\b|\bcdi\b|\bpermanent\b|\bunbefristet\b|\bfestanstellung\b|\bvoltijd\b|\btempo pieno\b|\bjornada completa\b|\bregular\b/i,
  ],
];

/** "Contract, Full-time" → contract; "Vollzeit, unbefristet" → full_time; "FULL_TIME" → full_time. */
export function employmentFromLabel(value: string | null | undefined): EmploymentType | null {
  if (!value) return null;
  for (const [type, pattern] of EMPLOYMENT_LABELS) if (pattern.test(value)) return type;
  return null;
}

const CONTRACT_PROSE =
  /\b(?:fixed[- ]term|temporary) (?:contract|role|position)\b|\bcontract (?:role|position|assignment|basis|job)\b|\b\d+[- ]months? (?:contract|assignment|project)\b|\bcontract duration\b|\bbefristet(?:e|er|es)? (?:auf|für|stelle|vertrag|anstellung)|\bcdd (?:de )?\d+/i;
const FREELANCE_PROSE = /\bfreelance (?:role|position|basis|contract|project)\b|\bas a freelancer\b/i;
const PART_PROSE = /\bpart[- ]time (?:role|position|job|contract)\b|\bteilzeit(?:stelle)?\b|\btemps partiel\b/i;
const FULL_PROSE =
  /\bfull[- ]time\b|\bpermanent (?:role|position|contract|employment|job)\b|\bvollzeit\b|\bunbefristet|\bfestanstellung\b|\btemps plein\b|\bcdi\b/i;

/** The employment type a description states in so many words. */
export function employmentFromProse(text: string): EmploymentType | null {
  if (FREELANCE_PROSE.test(text)) return "freelance";
  if (CONTRACT_PROSE.test(text)) return "contract";
  const full = text.search(FULL_PROSE);
  const part = text.search(PART_PROSE);
  if (part >= 0 && (full < 0 || part < full)) return "part_time";
  return full >= 0 ? "full_time" : null;
}

/** A type the title itself names ("Werkstudent …", "… (12-month contract)", "Teilzeit"). */
export function employmentFromTitle(title: string): EmploymentType | null {
  const type = employmentFromLabel(title);
  return type === "full_time" ? null : type;
}

const SENIORITY: readonly [Seniority, RegExp][] = [
  ["c_level", /\bchief [\w ]*officer\b|\b(?:ceo|cto|cfo|coo|cio|ciso|cpo|cdo)\b|\bgeschäftsführer/i],
  ["vp", /\b(?:s?vp|evp)\b|\bvice[- ]president\b|\bvice-président/i],
  ["director", /\bdirector\b|\bdirekt(?:or|orin)\b|\bdirect(?:eur|rice)\b|\bhead of\b|\bbereichsleit/i],
  ["principal", /\bprincipal\b|\bdistinguished\b/i],
  [
    "lead",
    /\blead\b|\bstaff\b|\bteam ?lead|\bteamleit|\bleiter(?:in)?\b|\bleitung\b|\bchef d['’]équipe\b|\blead\w* engineer\b/i,
  ],
  ["senior", /\bsenior\b|\bsr\.?(?=\s)|\bsnr\b|\bconfirmée?(?!\p{L})|\bexpérimentée?(?!\p{L})/iu],
  ["mid", /\bmid[- ]?level\b|\bintermediate\b|\bmedior\b/i],
  ["junior", /\bjunior\b|\bjr\.?(?=\s)|\bentry[- ]level\b|\bgraduate\b|\bberufseinsteiger|\bdébutant(?:e)?\b/i],
  [
    "intern",
    /\bintern(?:ship)?\b|\bpraktik(?:um|ant(?:in)?)\b|\bwerkstudent|\bworking student\b|\bstagiaire\b|\bstage\b|\balternan(?:ce|t)\b|\btrainee\b|\bapprenti/i,
  ],
];

/** Seniority as the title states it; null when the title names none. */
export function seniorityFromTitle(title: string): Seniority | null {
  for (const [level, pattern] of SENIORITY) if (pattern.test(title)) return level;
  return null;
}
