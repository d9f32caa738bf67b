export { type Database, type Db, type Driver, describeUrl, type OpenOptions, openDatabase } from "./client.ts";
export { pgError, recordCorrection } from "./corrections.ts";
export { MIGRATIONS_FOLDER } from "./migrations.ts";
export * as schema from "./schema/index.ts";
