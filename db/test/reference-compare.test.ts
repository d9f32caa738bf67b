import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PG_ADMIN_URL, postgresAvailable } from "./support.ts";

const SCRIPT = fileURLToPath(new URL("../scripts/compare-reference.py", import.meta.url));

/**
 * The whole structure against the owner's design: the reference SQL and our migrations are loaded
 * into two scratch databases and every column type, default, NOT NULL, CHECK, UNIQUE, foreign key
 * and index is compared.
 */
describe.skipIf(!postgresAvailable)("schema against schema-reference.md", () => {
  it("matches in every column, constraint and index", () => {
    const output = execFileSync("python3", [SCRIPT, "--url", PG_ADMIN_URL], { encoding: "utf8", stdio: "pipe" });
    expect(output).toMatch(/tables\s+39\s+39/);
    expect(output).toMatch(/columns\s+415\s+415/);
    expect(output).toMatch(/indexes\s+93\s+93/);
    expect(output).toMatch(/differences: 0/);
  });
});
