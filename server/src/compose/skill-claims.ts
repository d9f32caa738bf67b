/**
 * Whether `text` names `skill` as a whole word: "Rust" matches "Rust", "rust," and "RUST" but not
 * "trust" or "robust". Case never matters, except for skills of three characters or fewer ("Go",
 * "SAP"): there an all-lower-case "go" or "sap" is the ordinary word, not the skill.
 */
export function namesSkill(text: string, skill: string): boolean {
  const term = skill.trim();
  if (term === "") return false;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
  const short = term.length <= 3;
  for (const m of text.matchAll(pattern)) {
    if (!short || m[0] !== m[0].toLowerCase()) return true;
  }
  return false;
}
