import { AppError } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { checkMonitorUpdate, parseMonitorFile, scheduleProblem } from "../src/monitor/index.ts";

function refusal(read: () => unknown): AppError {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("a monitor list file", () => {
  it("reads a bare YAML list, an object with a schedule, and JSON", () => {
    expect(parseMonitorFile("- kind: lever\n  board: brinewood\n")).toEqual({
      sources: [{ kind: "lever", board: "brinewood" }],
    });
    expect(
      parseMonitorFile(
        'schedule: "*/30 * * * * *"\nenabled: false\nsources:\n  - {kind: careers, url: "https://acme.example/jobs"}\n',
      ),
    ).toEqual({
      schedule: "*/30 * * * * *",
      enabled: false,
      sources: [{ kind: "careers", url: "https://acme.example/jobs" }],
    });
    expect(parseMonitorFile('[{"kind": "ashby", "board": "tessellate", "company": "Tessellate AI"}]')).toEqual({
      sources: [{ kind: "ashby", board: "tessellate", company: "Tessellate AI" }],
    });
  });

  it("names each bad entry with its line, in a bare list as in an object", () => {
    const bare = refusal(() =>
      parseMonitorFile("- kind: lever\n  board: ok\n- kind: lever\n  board: not ok\n- kind: smoke\n"),
    );
    expect(bare.issues?.map((i) => [i.path, i.line])).toEqual([
      ["sources.1.board", 4],
      ["sources.2.kind", 5],
    ]);
    expect(bare.message).toMatch(/entry 2: board: .* \(line 4\); entry 3: kind: /);
    const missing = refusal(() =>
      parseMonitorFile("sources:\n  - kind: greenhouse\n  - kind: greenhouse\n    bord: x\n"),
    );
    expect(missing.issues?.map((i) => [i.path, i.line])).toEqual([
      ["sources.0.board", 2],
      ["sources.1.board", 3],
      ["sources.1", 3],
    ]);
  });

  it("names the line of a syntax error, in YAML and in JSON", () => {
    const yaml = refusal(() => parseMonitorFile("sources:\n  - kind: lever\n   board: x\n"));
    expect(yaml.message).toBe("a monitor list is not valid YAML");
    expect(yaml.issues?.[0]?.line).toBe(3);
    const json = refusal(() => parseMonitorFile('[{"kind": "lever", "board": "x"},\n  {"kind": ]'));
    expect(json.issues?.[0]?.line).toBe(2);
  });

  it("refuses a schedule croner cannot read and an entry given twice", () => {
    expect(scheduleProblem("0 */3 * * *")).toBeUndefined();
    expect(scheduleProblem("*/5 * * * * *")).toBeUndefined();
    expect(scheduleProblem("61 * * * *")).toMatch(/./);
    const twice = refusal(() =>
      checkMonitorUpdate({
        schedule: "sometimes",
        sources: [
          { kind: "careers", url: "https://acme.example/jobs" },
          { kind: "careers", url: "https://acme.example/jobs" },
        ],
      }),
    );
    expect(twice.issues?.map((i) => i.path)).toEqual(["schedule", "sources.1"]);
    expect(twice.message).toMatch(/entry 2: repeats entry 1 \(careers https:\/\/acme.example\/jobs\)/);
  });

  it("refuses what is not a list at all", () => {
    expect(refusal(() => checkMonitorUpdate("greenhouse")).issues?.[0]?.path).toBe("(root)");
    expect(refusal(() => checkMonitorUpdate({ sources: [], extra: 1 })).issues?.[0]?.path).toBe("(root)");
  });
});
