import { rule } from "../rule.ts";
import type { FactRule } from "../types.ts";

/** English phrases, tested on normalised text (lower case, no accents). */
export const rules: readonly FactRule[] = [
  // names
  rule("first_name", 0.95, /\b(legal )?(first|given|fore) ?names?\b|\bfname\b/),
  rule("last_name", 0.95, /\b(last|family|sur) ?names?\b|\blname\b/),
  rule("preferred_name", 0.97, /\b(preferred|nick) ?(first )?name\b|\bname you (go by|prefer)\b|\bnickname\b/),
  rule("full_name", 0.9, /\bfull name\b|\bcomplete name\b|^(your )?(legal )?name$/),
  rule("salutation", 0.9, /\bsalutation\b|\bform of address\b/),
  // contact
  rule("email", 0.95, /\be-?mail\b/),
  rule("phone", 0.9, /\b(phone|telephone|mobile|cell|tel)\b|\bphone ?number\b/),
  rule("phone_type", 0.97, /\b(phone|device|number) type\b|\btype of (phone|number)\b/),
  rule(
    "phone_country_code",
    0.96,
    // "Phone number (include country code)" asks for the whole number: an instruction is not the question.
    /(?<!\b(include|including|incl\.?|with|plus|add|start with|starting with)( the| your| a)? )\bcountry (calling |dial(l?ing) |phone )?code\b|\bdial(l?ing)? code\b|\bcalling code\b|\bphone (country )?code\b/,
  ),
  rule("phone_country_code", 0.93, /^(country|code)$/, { within: "phone" }),
  rule("phone_number_national", 0.97, /\bnational (phone )?number\b|\bwithout (the )?(country|area) code\b/),
  rule("street", 0.93, /\bstreet\b|\baddress( line)? ?1\b|\baddress line\b/),
  rule("street", 0.8, /^(home |postal |mailing |current )?address$/),
  rule("city", 0.92, /\bcity\b|\btown\b|\bplace of residence\b/),
  rule("postal_code", 0.95, /\b(postal|post|zip) ?code\b|\bpostcode\b|\bzip\b/),
  rule("country", 0.85, /\bcountry\b/),
  rule("country", 0.92, /\bcountry of residence\b|\bcountry you live in\b/),
  rule("nationality", 0.95, /\b(nationality|citizenship)\b|\bcountry of (citizenship|nationality)\b/),
  rule("location", 0.88, /\blocation\b|\bwhere (are you|do you) (currently )?(based|live|located)\b/),
  // links
  rule("linkedin", 0.96, /\blinked ?in\b/),
  rule("github", 0.96, /\bgit ?hub\b/),
  rule("portfolio", 0.9, /\bportfolio\b/),
  rule("website", 0.8, /\b(personal )?(web ?site|home ?page|blog)\b/),
  rule("other_link", 0.9, /\btwitter\b/, { linkKind: "twitter" }),
  rule("other_link", 0.9, /\bgit ?lab\b/, { linkKind: "gitlab" }),
  rule("other_link", 0.9, /\bstack ?overflow\b/, { linkKind: "stackoverflow" }),
  rule("other_link", 0.9, /\bkaggle\b/, { linkKind: "kaggle" }),
  // work
  rule("current_company", 0.9, /\bcurrent (company|employer|organi[sz]ation)\b|\b(company|employer) name\b/),
  rule("current_company", 0.88, /^(company|employer|organi[sz]ation)$/, { within: "experience" }),
  rule("current_title", 0.9, /\b(current|job|position) title\b|\bcurrent (position|role|job)\b/),
  rule("current_title", 0.88, /^(title|position|role)$/, { within: "experience" }),
  rule("experience_start", 0.93, /^(start|from|begin)|\bstart (date|month|year)\b/, { within: "experience" }),
  rule("experience_end", 0.93, /^(end|to|until)\b|\bend (date|month|year)\b/, { within: "experience" }),
  rule(
    "currently_employed",
    0.95,
    /\bi currently work here\b|\bcurrently (employed|working)\b|\bcurrent (job|position|role)$/,
  ),
  rule("years_experience", 0.88, /\byears? of (\w+ ){0,3}experience\b|\bhow many years\b|\bexperience \(years\)/),
  rule("skill_experience", 0.85, /\b(do|have) you (have |got )?(any )?(\w+ )?(experience|worked|used|work(ing)?)\b/),
  rule(
    "skills",
    0.9,
    /\bwhich of (the|these) (following )?.*\b(used|experience|worked|familiar|technolog|tools|frameworks|skills)/,
  ),
  rule("skills", 0.8, /^(technical |key )?skills$|\bselect all (the )?(skills|technologies|tools)\b/),
  // pay and availability
  rule("salary_expectation", 0.85, /\bsalary\b|\bcompensation\b|\bremuneration\b|\bpay\b|\bwage\b/),
  rule(
    "salary_expectation",
    0.93,
    /\b(salary|compensation|pay) expectations?\b|\b(expected|desired|target) (annual |yearly )?(base |gross )?(salary|compensation|pay)\b/,
  ),
  rule(
    "salary_current",
    0.96,
    /\b(current|present|last) (annual |yearly |monthly )?(base |gross )?(salary|compensation|pay|remuneration)\b/,
  ),
  rule("salary_currency", 0.9, /\bcurrency\b/),
  rule("notice_period", 0.95, /\bnotice( period)?\b/),
  rule(
    "earliest_start",
    0.9,
    /\bearliest (possible )?(start|starting|joining)\b|\bwhen (can|could|would|will) you (be able to )?(start|join|begin)\b|\bavailab(le|ility) (to start|from|date)\b|\b(date|when) (are you )?available\b|\b(start|begin)(ning)? at the earliest\b|\bstart(ing)? date\b/,
  ),
  rule("earliest_start", 0.75, /\bavailability\b/),
  rule(
    "work_authorization",
    0.95,
    /\b(legally )?(authori[sz]ed|eligible|entitled|permitted|allowed) to work\b|\bright to work\b|\bwork(ing)? (authori[sz]ation|eligibility)\b|\b(have|hold) (a |the |valid )*(work|working) (permit|visa)\b/,
  ),
  rule("needs_sponsorship", 0.97, /\b(require|need)s?\b.*\b(sponsor\w*|visa|permit)\b|\bsponsorship\b/),
  rule("willing_to_relocate", 0.95, /\breloca(te|tion|ting)\b|\bwilling to move\b/),
  rule(
    "remote_preference",
    0.9,
    /\b(working|work|office) (model|arrangement|setup|set-up|mode|style)\b|\bremote work\b|\bprefer (to work )?(remote|hybrid|on-?site)/,
  ),
  rule("remote_preference", 0.7, /\bremote\b|\bhybrid\b/),
  // languages
  rule(
    "languages",
    0.9,
    /\b(which|what) languages\b|\blanguages? (do )?(you )?(speak|spoken)\b|^languages?( spoken)?$/,
  ),
  rule("language_level", 0.6, /\b(proficiency|level|fluency|command|knowledge)\b|\blanguage skills\b/),
  // education
  rule("education_school", 0.93, /\b(school|university|college|institution|alma mater)\b/),
  rule("education_degree", 0.9, /\bdegree\b|\bqualification\b|\bdiploma\b/),
  rule("education_degree", 0.92, /\b(level of|highest) education\b/),
  rule(
    "education_field",
    0.92,
    /\b(field|area|subject) of (study|studies)\b|\bdiscipline\b|\bmajor\b|\bspeciali[sz]ation\b/,
  ),
  rule("education_start", 0.94, /^(start|from|begin)|\bstart (date|month|year)\b/, { within: "education" }),
  rule("education_end", 0.94, /^(end|to|until)\b|\bend (date|month|year)\b/, { within: "education" }),
  rule("education_end", 0.93, /\bgraduation (date|year)\b/),
  // ready answers
  rule(
    "how_did_you_hear",
    0.95,
    /\bhow did you (hear|find|learn|come across|get to know)\b|\bwhere did you (hear|find|see|learn)\b/,
  ),
  rule("how_did_you_hear", 0.75, /\b(referral |recruiting |application )?source\b/),
  rule("referral", 0.96, /\breferr(al|ed)\b|\bwho referred\b/),
  rule("gender", 0.95, /\bgender\b|\bsex\b/),
  rule("race", 0.95, /\brace\b|\bethnicity\b|\bethnic\b/),
  rule("veteran", 0.95, /\bveteran\b/),
  rule("disability", 0.95, /\bdisabilit(y|ies)\b|\bdisabled\b/),
  rule("pronouns", 0.97, /\bpronouns?\b/),
  rule(
    "previously_employed_here",
    0.95,
    /\b(previously|ever|formerly) (been )?(worked|employed)\b|\bformer (employee|worker)\b|\bprevious worker\b|\bworked (for|at) .+ before\b/,
  ),
  rule("over_18", 0.95, /\b(18|eighteen) (years|or older)\b|\bover (the age of )?18\b|\bat least 18\b|\blegal age\b/),
  rule("background_check_consent", 0.96, /\bbackground (check|screening|investigation)\b/),
  // consents
  rule(
    "data_processing_consent",
    0.88,
    /\b(consent|agree|accept|acknowledge)\b.*\b(process\w*|privacy|data protection|personal data|gdpr|terms)\b/,
  ),
  rule(
    "data_processing_consent",
    0.88,
    /\b(read|understood|understand)\b.*\b(privacy|data protection)\b|\bprivacy (policy|notice|statement)\b|^(data protection|privacy|data privacy)$/,
  ),
  rule(
    "talent_pool_consent",
    0.95,
    /\b(future|other|similar|upcoming) (job |career )?(roles|positions|openings|opportunities|vacancies|jobs)\b|\btalent (pool|community|network)\b|\b(keep|retain|store)\b.*\b(\d+ (months|years)|future)\b/,
  ),
  rule("marketing_consent", 0.95, /\bmarketing\b|\bpromotional\b|\bsend me news\b/),
  rule("newsletter_consent", 0.96, /\bnewsletter\b|\bjob alerts?\b/),
  rule("follow_company", 0.96, /\bfollow\b.*\b(company|page|us)\b|\bstay up to date\b/),
  rule("sms_consent", 0.96, /\btext messages?\b|\bsms\b|\bwhatsapp\b/),
  // documents and free text
  rule("resume", 0.95, /\bresume\b|\bcv\b|\bcurriculum( vitae)?\b/),
  rule("cover_letter", 0.96, /\bcover(ing)? letter\b|\bletter of motivation\b|\bmotivation(al)? letter\b/, {
    textKind: "cover_letter",
  }),
  rule("other_file", 0.7, /\b(certificates?|transcripts?|references|attachments?|documents?|work samples?)\b/),
  rule(
    "free_text",
    0.86,
    /\bwhy (do|would) you (want|like|wish)\b|\bwhy (are you )?interested\b|\bwhat (draws|attracts|excites|interests|motivates) you\b|\bmotivation\b|\bwhy (this|our|us)\b|^why\b/,
    { textKind: "motivation" },
  ),
  rule(
    "free_text",
    0.85,
    /\btell us (a bit |a little |more )?about (yourself|you)\b|\bintroduce yourself\b|\babout (yourself|you)$|\bshort bio\b/,
    { textKind: "about_you" },
  ),
  rule(
    "free_text",
    0.8,
    /\bdescribe\b|\btell us about (a|an|the|your|one)\b|\bexample of\b|\bwalk us through\b|\bproudest\b/,
    { textKind: "experience" },
  ),
  rule(
    "free_text",
    0.8,
    /\badditional (information|info|comments)\b|\banything else\b|^(comments?|remarks?|message|notes?)$/,
    { textKind: "additional_info" },
  ),
  // interruptions
  rule(
    "verification_code",
    0.98,
    /\b(verification|security|confirmation|one-?time|otp|access|sms) code\b|\bcode (we|that we) sent\b|\benter the (\d+-digit )?code\b/,
  ),
  rule("captcha", 0.98, /\bcaptcha\b|\bi'?m not a robot\b/),
];
