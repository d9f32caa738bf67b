// Creates an embedded Postgres cluster in the folder given as the only argument, then exits.
// Run as a child process by pglite-open.ts, so initdb's memory goes away with this process.
import { PGlite } from "@electric-sql/pglite";

const folder = process.argv[2];
if (!folder) {
  process.stderr.write("usage: pglite-initdb.mjs FOLDER\n");
  process.exit(2);
}
const client = await PGlite.create(folder);
await client.close();
