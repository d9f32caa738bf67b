import { rule } from "../rule.ts";
import type { FactRule } from "../types.ts";

/**
 * Spanish phrases, tested on normalised text ("Teléfono" → "telefono", "años" → "anos"); a leading
 * "¿" stays, so questions are matched by words, not by where the label starts. Both the formal
 * "usted" ("¿Cómo nos conoció?") and the informal "tú" ("¿Cómo nos conociste?") are read.
 */
export const rules: readonly FactRule[] = [
  // "Nombre" alone is the first name; "nombre de la empresa" or French "nombre d'années" is not.
  rule("first_name", 0.95, /^(su |tu )?nombres?(?! (completo|y|de |del |d'))\b|\bnombre de pila\b/),
  rule("last_name", 0.95, /\bapellidos?\b/),
  rule("full_name", 0.97, /\bnombre completo\b|\bnombres? y apellidos?\b|\bapellidos?,? y nombres?\b/),
  rule("preferred_name", 0.97, /\bnombre preferido\b|\bcomo (prefieres|prefiere) que (te|le) llamemos\b/),
  // "Tratamiento" alone is the form of address; in a sentence it is the processing of data.
  rule("salutation", 0.95, /^tratamiento$/),
  rule("email", 0.95, /\bcorreo( electronico)?\b|\be-?mail\b/),
  rule("phone", 0.9, /\btelefono\b|\bmovil\b|\bcelular\b/),
  rule("phone_type", 0.97, /\btipo de (telefono|numero)\b/),
  rule("phone_country_code", 0.96, /\bprefijo( (del )?pais| telefonico| internacional)?\b|\bcodigo (de|del) pais\b/),
  rule("phone_country_code", 0.93, /^pais$/, { within: "phone" }),
  rule("street", 0.9, /\bcalle\b|^direccion( postal| completa)?$|^domicilio$/),
  rule("city", 0.92, /\bciudad\b|\blocalidad\b|\bmunicipio\b|\bpoblacion\b/),
  rule("postal_code", 0.95, /\bcodigo postal\b/),
  rule("country", 0.85, /\bpais\b/),
  rule("country", 0.92, /\bpais de residencia\b/),
  rule("nationality", 0.95, /\bnacionalidad\b|\bciudadania\b/),
  rule("location", 0.88, /\bubicacion\b|\bdonde (vives|resides|vive|reside)\b|\blugar de residencia\b/),
  rule("website", 0.8, /\b(sitio|pagina) web\b|\bweb personal\b/),
  rule("current_company", 0.9, /\bempresa actual\b|\bempleador( actual)?\b|\bnombre de la empresa\b/),
  rule("current_company", 0.88, /^empresa$/, { within: "experience" }),
  rule("current_title", 0.9, /\b(puesto|cargo) actual\b|\b(titulo|nombre) del puesto\b/),
  rule("current_title", 0.88, /^(puesto|cargo)$/, { within: "experience" }),
  rule("experience_start", 0.93, /^(desde|inicio|fecha de inicio)\b|\bfecha de inicio\b/, { within: "experience" }),
  rule("experience_end", 0.93, /^(hasta|fin|fecha de (fin|finalizacion))\b|\bfecha de (fin|finalizacion)\b/, {
    within: "experience",
  }),
  rule("currently_employed", 0.95, /\b(actualmente )?(trabajo|sigo trabajando) aqui( actualmente)?\b/),
  rule("years_experience", 0.88, /\banos de experiencia\b|\bcuantos anos\b/),
  rule(
    "skill_experience",
    0.85,
    /\b(tienes|tiene|cuentas con|cuenta con) experiencia\b|\b(has|ha) (trabajado|utilizado|usado)\b/,
  ),
  rule(
    "skills",
    0.85,
    /\bcuales de (estas|estos|las siguientes|los siguientes)\b|^(habilidades|competencias)( tecnicas)?$/,
  ),
  rule("salary_expectation", 0.85, /\bsalario\b|\bsueldo\b|\bremuneracion\b|\bretribucion\b/),
  rule(
    "salary_expectation",
    0.93,
    /\b(expectativas?|pretension(es)?|aspiracion(es)?) (salarial(es)?|economicas?)\b|\b(salario|sueldo|retribucion) (deseado|esperado|pretendido|deseada|esperada)\b|\b(banda|rango) salarial\b/,
  ),
  rule("salary_current", 0.96, /\b(salario|sueldo|remuneracion|retribucion) actual\b/),
  rule("salary_currency", 0.9, /\bmoneda\b|\bdivisa\b/),
  rule("notice_period", 0.95, /\bpreaviso\b|\bperiodo de aviso\b|\bplazo de aviso\b/),
  rule(
    "earliest_start",
    0.9,
    /\bfecha (de incorporacion|de inicio|de comienzo|de alta)\b|\bdisponibilidad\b|\bincorporacion\b|\bcuando (podrias|podria|puedes|puede) (empezar|comenzar|incorporarte|incorporarse)\b/,
  ),
  rule(
    "work_authorization",
    0.95,
    /\bautorizad[oa] (legalmente )?(para|a) trabajar\b|\bautorizacion (para trabajar|de trabajo|laboral)\b|\bpermiso de (trabajo|residencia y trabajo)\b|\bderecho a trabajar\b/,
  ),
  rule(
    "needs_sponsorship",
    0.97,
    /\b(necesitas|necesita|necesitaras|necesitara|requieres|requiere|requeriras|requerira)\b.*\b(permiso|visado|visa|patrocinio|sponsor\w*|autorizacion)\b|\bpatrocinio\b/,
  ),
  rule(
    "willing_to_relocate",
    0.95,
    /\breubica|\btraslad|\bmudar(te|se)\b|\bcambiar de residencia\b|\bmovilidad geografica\b/,
  ),
  rule(
    "remote_preference",
    0.85,
    /\bteletrabajo\b|\bmodalidad( de trabajo)?\b|\bmodelo de trabajo\b|\btrabajo (en )?(remoto|hibrido)\b/,
  ),
  rule("languages", 0.9, /^idiomas?$|\bque idiomas\b|\bidiomas que (hablas|habla|dominas|domina)\b/),
  rule("language_level", 0.6, /\bnivel\b|\bdominio\b|\bconocimientos?\b/),
  rule(
    "education_school",
    0.93,
    /\buniversidad\b|\bescuela\b|\bcentro (educativo|de estudios|de formacion)\b|\binstitucion educativa\b/,
  ),
  rule(
    "education_degree",
    0.9,
    /\btitulacion\b|\btitulo (academico|universitario|obtenido)\b|\bnivel (de estudios|educativo|academico)\b|\bgrado academico\b/,
  ),
  rule("education_field", 0.92, /\b(area|campo|rama) de estudios?\b|\bespecialidad\b|\bespecializacion\b/),
  rule("education_start", 0.94, /^(desde|inicio|fecha de inicio)\b|\bfecha de inicio\b/, { within: "education" }),
  rule("education_end", 0.94, /^(hasta|fin|fecha de (fin|finalizacion))\b|\bfecha de (fin|finalizacion)\b/, {
    within: "education",
  }),
  rule(
    "how_did_you_hear",
    0.95,
    /\bcomo (nos )?(conociste|conocio|has conocido|ha conocido|te enteraste|se entero|encontraste|encontro|supiste|supo|llegaste|llego)\b|\bdonde (viste|vio|encontraste|encontro)\b/,
  ),
  rule("referral", 0.96, /\brecomendad[oa]\b|\brecomendacion\b|\breferid[oa]\b|\bte (ha )?recomendado\b/),
  rule("gender", 0.95, /\bgenero\b|\bsexo\b/),
  rule("race", 0.95, /\borigen etnico\b|\betnia\b/),
  rule("veteran", 0.95, /\bveteran[oa]\b/),
  rule("disability", 0.95, /\bdiscapacidad\b/),
  rule("pronouns", 0.97, /\bpronombres?\b/),
  rule(
    "previously_employed_here",
    0.95,
    /\b(has|ha) trabajado (antes |anteriormente )?(para|en|con) nosotros\b|\bantigu[oa] (emplead[oa]|trabajador(a)?|colaborador(a)?)\b/,
  ),
  rule("over_18", 0.95, /\bmayor de edad\b|\b18 anos\b/),
  rule("background_check_consent", 0.96, /\bverificacion de antecedentes\b|\bantecedentes penales\b/),
  rule(
    "data_processing_consent",
    0.88,
    /\b(consiento|acepto|autorizo|doy mi consentimiento|he leido)\b.*\b(tratamiento|datos|privacidad)\b|\bpolitica de privacidad\b|\bproteccion de datos\b|\brgpd\b|\blopd\b/,
  ),
  rule(
    "talent_pool_consent",
    0.95,
    /\bbolsa de (empleo|trabajo|talento|candidatos)\b|\bfutur[oa]s (ofertas|oportunidades|vacantes|procesos)\b|\botr[oa]s (ofertas|vacantes|oportunidades|posiciones|procesos)\b|\b(conservar|conserven|guardar|mantener)\b.*\b\d+ (meses|anos)\b/,
  ),
  rule("marketing_consent", 0.95, /\bmarketing\b|\bpromocional|\bpublicidad\b|\bcomunicaciones comerciales\b/),
  rule("newsletter_consent", 0.96, /\bnewsletter\b|\bboletin\b|\balertas? de empleo\b/),
  rule("follow_company", 0.96, /\bseguir\b.*\b(empresa|pagina)\b/),
  rule("sms_consent", 0.96, /\bsms\b|\bmensajes? de texto\b/),
  rule("resume", 0.95, /\bcv\b|\bcurriculum\b|\bhoja de vida\b/),
  rule("cover_letter", 0.96, /\bcarta de (presentacion|motivacion)\b/, { textKind: "cover_letter" }),
  rule("other_file", 0.7, /\bcertificados?\b|\badjuntos?\b|\bdocumentos?\b|\barchivos?\b/),
  rule(
    "free_text",
    0.86,
    /\bpor que (quieres|quiere|te gustaria|le gustaria|deseas|desea|te interesa|le interesa)\b|\bque (te|le) (atrae|motiva|interesa)\b|\bmotivacion\b|^¿?por que\b/,
    { textKind: "motivation" },
  ),
  rule(
    "free_text",
    0.85,
    /\bhablanos (un poco )?de ti\b|\bcuentanos (algo )?(sobre|de) ti\b|\bpresentate\b|\bdescribete\b|\bhablenos (un poco )?de usted\b|\bcuentenos (algo )?(sobre|de) usted\b/,
    { textKind: "about_you" },
  ),
  rule(
    "free_text",
    0.8,
    /\bdescribe\b|\bdescriba\b|\bcuentanos (sobre )?(un|una)\b|\bcuentenos (sobre )?(un|una)\b|\bun ejemplo\b/,
    {
      textKind: "experience",
    },
  ),
  rule("free_text", 0.8, /\binformacion adicional\b|^(comentarios?|observaciones|mensaje)$/, {
    textKind: "additional_info",
  }),
  rule("verification_code", 0.98, /\bcodigo de (verificacion|confirmacion|seguridad)\b|\bcodigo (recibido|enviado)\b/),
  rule("captcha", 0.98, /\bno soy un robot\b/),
];
