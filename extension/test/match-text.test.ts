import { describe, expect, it } from "vitest";
import { queries } from "../src/apply/fill-dropdown.ts";
import { bestMatch, matchScore } from "../src/apply/match-text.ts";

/** Picking a suggestion by its words: the right place among look-alikes, and nothing when none means it. */

const same = (text: string) => text;

describe("bestMatch", () => {
  it("tells a city from its look-alikes by the country", () => {
    const places = [
      "Zurich, Ontario, Canada",
      "Zürich Airport (ZRH), Kloten, Switzerland",
      "Zurich, Switzerland",
      "Zürichsee, Switzerland",
    ];
    expect(bestMatch("Zurich, Switzerland", places, same)).toBe("Zurich, Switzerland");
    expect(bestMatch("Zurich, Switzerland", ["Zurich, ON, Canada", "Zurich, Zurich, Switzerland"], same)).toBe(
      "Zurich, Zurich, Switzerland",
    );
  });

  it("finds a school by its short name among longer ones", () => {
    const schools = ["University of Zurich", "ETH Zurich", "Zurich University of Applied Sciences (ZHAW)"];
    expect(bestMatch("ETH Zurich", schools, same)).toBe("ETH Zurich");
  });

  it("picks nothing when no suggestion means the value", () => {
    expect(bestMatch("Zurich, Switzerland", ["Berlin, Germany", "Basel, Switzerland"], same)).toBeUndefined();
    expect(bestMatch("ETH Zurich", ["Imperial College London", "University of Cambridge"], same)).toBeUndefined();
  });

  it("ignores case, accents and punctuation", () => {
    expect(matchScore("I don't wish to answer", "I DON’T WISH TO ANSWER")).toBeGreaterThan(0.9);
    expect(matchScore("Zurich", "Zürich")).toBe(1);
  });
});

describe("queries", () => {
  it("asks for the full text first, then the place alone", () => {
    expect(queries("Zurich, Switzerland")).toEqual(["Zurich, Switzerland", "Zurich"]);
    expect(queries("ETH Zurich")).toEqual(["ETH Zurich"]);
  });
});
