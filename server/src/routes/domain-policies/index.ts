import { type DomainPolicies, DomainPolicyInput } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { listDomainPolicies, saveDomainPolicy } from "../../domain-policies/store.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";

/** Per-site caps (applications a day, spacing, concurrency) and sites to avoid. */
export function domainPolicyRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const body: DomainPolicies = { policies: await listDomainPolicies(db) };
      return c.json(body);
    })
    .put("/", async (c) => {
      const input = DomainPolicyInput.parse(await readJson(c));
      await saveDomainPolicy(db, input);
      c.get("log").info({ domain: input.domain }, "domain policy set");
      const body: DomainPolicies = { policies: await listDomainPolicies(db) };
      return c.json(body);
    });
}
