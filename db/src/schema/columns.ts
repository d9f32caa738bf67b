import { timestamp, uuid } from "drizzle-orm/pg-core";

/** The column shapes every table of the design repeats. */
export const id = () => uuid("id").primaryKey().defaultRandom();
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const createdAt = () => timestamptz("created_at").defaultNow();
export const updatedAt = () => timestamptz("updated_at").defaultNow();
