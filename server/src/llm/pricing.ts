import { z } from "zod";

/** USD per million tokens, as `model_providers.pricing_json` holds it per model. */
const ModelPrice = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative().default(0) });
export type ModelPrice = z.infer<typeof ModelPrice>;
export type Pricing = ReadonlyMap<string, ModelPrice>;

/** The prices in a pricing_json value; entries that are not `{input, output}` numbers are left out. */
export function parsePricing(json: unknown): Pricing {
  const prices = new Map<string, ModelPrice>();
  if (!json || typeof json !== "object" || Array.isArray(json)) return prices;
  for (const [model, value] of Object.entries(json)) {
    const parsed = ModelPrice.safeParse(value);
    if (parsed.success) prices.set(model, parsed.data);
  }
  return prices;
}

/** Estimated cost in USD of a call; null for a model the provider has no price for. */
export function costUsd(pricing: Pricing, model: string, tokensInput: number, tokensOutput: number): number | null {
  const price = pricing.get(model);
  if (!price) return null;
  return (tokensInput * price.input + tokensOutput * price.output) / 1_000_000;
}
