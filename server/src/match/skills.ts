/**
 * Skills named in a job text. The vocabulary is the person's own skills (true and false) plus
 * common technical skills, so that a job asking for something the person lacks counts against
 * the match. Terms are matched as whole words, case-insensitively, with their usual aliases.
 */
const COMMON: Record<string, string[]> = {
  Python: ["python"],
  PyTorch: ["pytorch", "torch"],
  TensorFlow: ["tensorflow", "keras"],
  JAX: ["jax"],
  "scikit-learn": ["scikit-learn", "sklearn", "scikit learn"],
  TypeScript: ["typescript"],
  JavaScript: ["javascript", "node.js", "nodejs"],
  Java: ["java"],
  Scala: ["scala"],
  Go: ["golang"],
  Rust: ["rust"],
  Kotlin: ["kotlin"],
  "C++": ["c++"],
  R: ["r programming", "rstudio"],
  SQL: ["sql"],
  PostgreSQL: ["postgresql", "postgres"],
  Kubernetes: ["kubernetes", "k8s"],
  Docker: ["docker", "containers"],
  Terraform: ["terraform"],
  AWS: ["aws", "amazon web services", "sagemaker"],
  GCP: ["gcp", "google cloud", "vertex ai"],
  Azure: ["azure"],
  Spark: ["spark", "pyspark"],
  Airflow: ["airflow"],
  Kafka: ["kafka"],
  dbt: ["dbt"],
  MLOps: ["mlops", "ml ops", "ml platform"],
  NLP: ["nlp", "natural language processing", "information extraction"],
  LLMs: ["llm", "llms", "large language models", "generative ai", "genai"],
  "Computer Vision": ["computer vision", "image recognition"],
  Git: ["git"],
  Salesforce: ["salesforce"],
  SAP: ["sap"],
  COBOL: ["cobol"],
};

export interface SkillVocabulary {
  /** Canonical skill → lower-case aliases. */
  terms: Map<string, string[]>;
}

export function vocabulary(personal: readonly string[]): SkillVocabulary {
  const terms = new Map(Object.entries(COMMON));
  for (const skill of personal) {
    const known = [...terms.keys()].find((k) => k.toLowerCase() === skill.toLowerCase());
    if (!known) terms.set(skill, [skill.toLowerCase()]);
  }
  return { terms };
}

/** Canonical names of the skills the text mentions. */
export function skillsIn(text: string, vocab: SkillVocabulary): Set<string> {
  const haystack = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  const found = new Set<string>();
  for (const [skill, aliases] of vocab.terms) {
    if (aliases.some((alias) => new RegExp(`(?<![\\w+#.-])${escapeRegExp(alias)}(?![\\w+#-])`).test(haystack)))
      found.add(skill);
  }
  return found;
}

export function sameSkill(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
