import { z } from "zod";

const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "expected a domain such as linkedin.com",
  );

/**
 * How often Nyx may apply on one site (a `domain_policies` row; it also governs the domain's
 * subdomains). `avoid`: postings on it are skipped, like an avoided company.
 */
export const DomainPolicyInput = z.strictObject({
  domain: hostname,
  maxPerDay: z.number().int().min(0).max(10_000),
  minSecondsBetween: z.number().int().min(0).max(86_400),
  maxConcurrent: z.number().int().min(1).max(5),
  avoid: z.boolean().default(false),
});
export type DomainPolicyInput = z.infer<typeof DomainPolicyInput>;

export const DomainPolicyView = z.object({
  domain: z.string(),
  maxPerDay: z.number().int(),
  minSecondsBetween: z.number().int(),
  maxConcurrent: z.number().int(),
  avoid: z.boolean(),
});
export type DomainPolicyView = z.infer<typeof DomainPolicyView>;

/** `GET /api/domain-policies` (and the answer of `PUT`): every policy, by domain. */
export const DomainPolicies = z.object({ policies: z.array(DomainPolicyView) });
export type DomainPolicies = z.infer<typeof DomainPolicies>;
