import { renameSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * The V8 flags the bundle is run with (package.json's `serve` script passes the same): grow the
 * heap less eagerly and collect sooner. The server's garbage is short-lived request data; with
 * V8's defaults, made for throughput, it let a fifth more resident memory build up under load.
 */
export const SERVER_NODE_FLAGS = ["--optimize-for-size"];

export const SERVER_BUNDLE = fileURLToPath(new URL("../dist/nyx.mjs", import.meta.url));
const ENTRY = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

/**
 * Bundles the server into one ES module, `server/dist/nyx.mjs`, run by plain Node: `pnpm start`
 * (`pnpm serve`) and the end-to-end tests run that, not tsx. Under tsx every module's transformed
 * source and source map stay in memory and the loader runs a second V8 isolate; that doubled the
 * server's resident memory. The bundle is a local build, never shipped elsewhere: packages stay external,
 * imported from where the workspace installed them, and `import.meta.url` keeps pointing at each
 * source file, so assets found relative to it (migrations, the extension build) are found.
 */
export async function buildServer(outfile = SERVER_BUNDLE): Promise<string> {
  // Written aside and renamed: a process starting the server meanwhile sees the old or the new file.
  const partial = `${outfile}.${process.pid}.partial`;
  await build({
    entryPoints: [ENTRY],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    plugins: [workspaceOnly, sourceLocations],
  });
  renameSync(partial, outfile);
  return outfile;
}

/** Bundles the workspace's own TypeScript; every npm package is imported from its installed place. */
const workspaceOnly: Plugin = {
  name: "workspace-only",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@nyx/") || args.path.startsWith("node:") || args.pluginData === "resolving")
        return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving",
      });
      if (found.errors.length > 0) return { errors: found.errors };
      if (found.external) return { path: args.path, external: true };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

/** `import.meta.url` in a bundled module stays the address of its source file. */
const sourceLocations: Plugin = {
  name: "source-locations",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = await buildServer();
  process.stdout.write(`built ${file}\n`);
}
