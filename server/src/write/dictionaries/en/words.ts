import type { OptionWords, RenderWords, SectionKind } from "../types.ts";

export const sections: Readonly<Record<SectionKind, RegExp>> = {
  education: /\b(educations?|academic|school|university|degree|studies)\b/,
  experience: /\b(work|professional|employment) (experience|history)\b|^experience$|\bemployment\b|\bwork history\b/,
  phone: /\b(phone|mobile|telephone)\b/,
  address: /\baddress\b/,
};

export const options: OptionWords = {
  yes: /^(yes|y|true)\b/,
  no: /^(no|n|false)\b/,
  decline:
    /\b(decline|prefer not|rather not|(do not|don't|not) wish to|choose not|not to (say|answer|disclose|specify|identify)|not (disclose|specified)|no answer|undisclosed)\b/,
  optional: /\boptional\b|\bnot required\b/,
  honeypot:
    /\bleave (this|the) (field |box |input )?(empty|blank)\b|\bdo not (fill|enter anything|complete this)\b|\bbots? only\b/,
  meanings: [
    { tag: "not", pattern: /\b(not|no|don't|doesn't|never|none|without)\b|n't\b/ },
    { tag: "veteran", pattern: /\bveterans?\b/ },
    { tag: "disability", pattern: /\bdisabilit(y|ies)\b|\bdisabled\b/ },
    { tag: "female", pattern: /\b(female|woman|women)\b/ },
    { tag: "male", pattern: /\b(male|man|men)\b/ },
    { tag: "nonbinary", pattern: /\bnon-?binary\b|\bgender ?(queer|diverse)\b/ },
    { tag: "yes", pattern: /^yes\b/ },
    { tag: "no", pattern: /^no\b/ },
  ],
  levels: [
    { rank: 7, pattern: /\bnative\b|\bmother tongue\b|\bbilingual\b|\bfirst language\b/ },
    { rank: 6, pattern: /\bfull professional\b|\bexpert\b|\bmastery\b|\bproficient\b/ },
    { rank: 5, pattern: /\bfluent\b|\badvanced\b|\bprofessional( working)?\b|\bbusiness\b/ },
    { rank: 4, pattern: /\bupper[- ]intermediate\b|\bvery good\b/ },
    { rank: 3, pattern: /\bintermediate\b|\bconversational\b|\bgood\b|\blimited working\b/ },
    { rank: 1, pattern: /\bbasic\b|\bbeginner\b|\belementary\b/ },
    { rank: 0, pattern: /^none$|\bno knowledge\b|\bnot at all\b/ },
  ],
  units: {
    day: /\bdays?\b/,
    week: /\bweeks?\b|\bwks?\b/,
    month: /\bmonths?\b|\bmos?\b/,
    year: /\byears?\b|\byrs?\b/,
  },
  zeroDuration: /\bimmediate(ly)?\b|^none$|\bno notice\b|\bright away\b|\bat once\b/,
  lessThan: /\b(less than|under|fewer than|up to|below|within)\b|</,
  moreThan: /\b(more than|over|longer than|above|at least|or more)\b|>|\+/,
  workModes: {
    any: /\bno preference\b|\bflexible\b|\bopen to (all|any)\b/,
    hybrid: /\bhybrid\b/,
    remote: /\bremote\b|\bfrom home\b|\bwfh\b|\bteleworking\b/,
    onsite: /\bon-?site\b|\bin[- ]office\b|\bin person\b|\boffice\b/,
  },
  degrees: [
    { level: "mba", pattern: /\bmba\b|\bm\.b\.a\b|\bmaster of business administration\b/ },
    { level: "doctorate", pattern: /\bph\.? ?d\b|\bdoctor(ate|al)?\b|\bdphil\b/ },
    {
      level: "master",
      pattern: /\bmasters?\b|\bmaster's\b|\bm\.? ?sc?\b|\bm\.a\b|\bma\b|\bm\.? ?eng\b|\bmphil\b|\bmres\b/,
    },
    {
      level: "bachelor",
      pattern: /\bbachelors?\b|\bbachelor's\b|\bb\.? ?sc?\b|\bb\.a\b|\bba\b|\bb\.? ?eng\b|\bundergraduate\b/,
    },
    { level: "associate", pattern: /\bassociate'?s?\b/ },
    { level: "school", pattern: /\bhigh school\b|\bsecondary\b|\bged\b|\ba-?levels?\b/ },
    { level: "other", pattern: /^other\b/ },
  ],
  mobilePhone: /\bmobile\b|\bcell(ular)?\b/,
  dateParts: { day: /\bday\b|^dd$/, month: /\bmonth\b|^mm$/, year: /\byear\b|^yy(yy)?$/ },
  skillQuestion: [
    /\b(?:have you|did you) (?:ever )?(?:used|worked with)\s+(.+?)\s*(?:\?|$|[,;:(]|\bin production\b|\bprofessionally\b|\bbefore\b)/,
    /\b(?:experience|years|worked|used|proficient|familiar)\b.*?\b(?:with|in|using)\s+(.+?)\s*(?:\?|$|[,;:(]|\bdo you\b|\bhave you\b|\bprofessionally\b|\bin (?:a|the|production)\b)/,
  ],
  notASkill: /^(this|that|the|a|an|our|your|similar|related|relevant|total|professional|industry|general)\b/,
  periods: {
    year: /\bper (year|annum)\b|\bannual(ly)?\b|\byearly\b|\bp\.a\b/,
    month: /\bper month\b|\bmonthly\b|\ba month\b/,
    hour: /\bper hour\b|\bhourly\b|\ban hour\b/,
  },
};

export const render: RenderWords = {
  yes: "Yes",
  no: "No",
  units: { day: ["day", "days"], week: ["week", "weeks"], month: ["month", "months"], year: ["year", "years"] },
  workModes: { onsite: "On-site", hybrid: "Hybrid", remote: "Remote", any: "Flexible" },
  native: "Native",
  mobile: "Mobile",
  degrees: {
    school: "High School",
    associate: "Associate's Degree",
    bachelor: "Bachelor's Degree",
    master: "Master's Degree",
    mba: "MBA",
    doctorate: "Doctorate",
    other: "Other",
  },
  perYear: "per year",
  perMonth: "per month",
  dateFormat: "YYYY-MM-DD",
  monthFormat: "MM/YYYY",
};

export const stopwords = [
  "the",
  "and",
  "of",
  "to",
  "in",
  "for",
  "with",
  "i",
  "my",
  "you",
  "your",
  "is",
  "are",
  "have",
  "this",
  "that",
  "at",
  "on",
  "as",
  "would",
  "be",
];
