import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

/** No Docker engine here: the compose file's structure is checked instead of run. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const Compose = z.object({
  services: z.record(
    z.string(),
    z.looseObject({
      image: z.string(),
      container_name: z.string().optional(),
      ports: z.array(z.string()).optional(),
      volumes: z.array(z.string()).optional(),
      environment: z.record(z.string(), z.string()).optional(),
      healthcheck: z.looseObject({ test: z.array(z.string()) }).optional(),
      depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
      network_mode: z.string().optional(),
    }),
  ),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

describe("docker-compose.yml", () => {
  const compose = Compose.parse(parse(readFileSync(`${ROOT}docker-compose.yml`, "utf8")));
  const db = compose.services.shared_postgres;
  const nyx = compose.services.nyx;

  it("runs pgvector's Postgres 16 as shared_postgres with a named volume and a health check", () => {
    expect(db?.image).toBe("pgvector/pgvector:pg16");
    expect(db?.container_name).toBe("shared_postgres");
    expect(db?.ports).toEqual(["127.0.0.1:5432:5432"]);
    const dataVolume = db?.volumes?.find((v) => v.endsWith(":/var/lib/postgresql/data"))?.split(":")[0];
    expect(dataVolume && dataVolume in compose.volumes).toBe(true);
    expect(db?.healthcheck?.test.join(" ")).toMatch(/pg_isready/);
  });

  it("mounts init scripts that exist and can run", () => {
    const binds = (db?.volumes ?? []).filter((v) => v.startsWith("./"));
    expect(binds.length).toBeGreaterThanOrEqual(2);
    for (const bind of binds) expect(existsSync(`${ROOT}${bind.split(":")[0]}`), bind).toBe(true);
    expect(binds.some((b) => b.includes(":/docker-entrypoint-initdb.d"))).toBe(true);
    accessSync(`${ROOT}db/docker/initdb/10-nyx-venatrix.sh`, constants.X_OK);
    expect(db?.environment?.NYX_DB_NAME).toBe("nyx_venatrix");
  });

  it("starts the Nyx server only once the database is healthy, on the host's loopback", () => {
    expect(nyx?.depends_on?.shared_postgres?.condition).toBe("service_healthy");
    expect(nyx?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/nyx:.*@127\.0\.0\.1:5432\/nyx_venatrix$/);
    expect(nyx?.network_mode).toBe("host");
  });
});
