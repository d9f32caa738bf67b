import { describe, expect, it } from "vitest";
import { mentions } from "../src/write/normalise.ts";

describe("mentions: a term as a whole word", () => {
  it("finds a term in any case, as a whole word only", () => {
    expect(mentions("Experience with Kubernetes and Go", "kubernetes")).toBe(true);
    expect(mentions("KUBERNETES, please", "Kubernetes")).toBe(true);
    expect(mentions("Kubernetesque", "kubernetes")).toBe(false);
    expect(mentions("nothing of the sort", "kubernetes")).toBe(false);
  });

  it("keeps short terms case-sensitive", () => {
    expect(mentions("We use Go daily", "Go")).toBe(true);
    expect(mentions("ready to go", "Go")).toBe(false);
    expect(mentions("SAP-Berater", "SAP")).toBe(true);
  });

  it("matches what Unicode case folding matches, beyond ASCII too", () => {
    // Long s and the Kelvin sign fold onto ASCII letters.
    expect(mentions("Po\u017ftgres", "postgres")).toBe(true);
    expect(mentions("\u212Aafka streams", "kafka")).toBe(true);
    expect(mentions("Zürich, Schweiz", "zürich")).toBe(true);
    expect(mentions("ZÜRICH", "zürich")).toBe(true);
    expect(mentions("Zürichsee", "zürich")).toBe(false);
    expect(mentions("ΣΟΦΊΑ", "σοφία")).toBe(true);
  });
});
