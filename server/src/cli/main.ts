import { parseArgs } from "node:util";
import { AppError, describeIssues } from "@nyx/shared";
import { EnvError, loadEnv } from "../env.ts";
import { enqueueCommand } from "./enqueue.ts";
import { huntCommand } from "./hunt.ts";
import { exportCommand, jobsListCommand, jobsViewCommand } from "./jobs.ts";
import { monitorImportCommand, monitorListCommand, monitorRunCommand } from "./monitor.ts";
import { pairCommand } from "./pair.ts";
import { profileDraftCommand } from "./profile-draft.ts";
import { profileImportCommand } from "./profile-import.ts";
import { migrateCommand, startCommand, tokenCommand } from "./server-commands.ts";
import { sessionCommand } from "./session.ts";

const USAGE = `Usage: nyx <command>

  start [--port N]        migrate the database and serve on 127.0.0.1 (NYX_PORT, default 8765)
  migrate                 apply database migrations (embedded database, or DATABASE_URL)
  pair                    print a one-time code for pairing the Chrome extension (valid 10 minutes)
  token                   print the server's bearer token, for scripts
  profile import FILE     import a profile.yaml and its CV files
  profile draft CV [--out FILE]   read a CV (PDF, DOCX, Markdown, text) into a draft profile.yaml to review
  enqueue FILE|URL…       enqueue jobs: URLs, files of URLs (one per line) or CSV with a url column
  hunt --url URL [--html FILE]   read, score and decide one posting; prints JSON
  jobs list [--json] [--status S]   the applications, newest first
  jobs view ID            one application with every recorded field
  export --csv FILE [--status S] [--effort E] [--company C] [--q TEXT] [--from DAY] [--to DAY]
         [--min-score N] [--max-score N] [--outcome O]
                          the applications as CSV (all, or those the filters select)
  session start|pause|resume|stop|status [--json]
                          control the running server's session (its limits: MAX_SESSION_*, settings)
  monitor import FILE     replace the company monitor list with a YAML or JSON file
  monitor run             poll every monitored board and careers page now; prints the counts
  monitor list [--json]   the monitored sources, the schedule and the last run's results

The data folder is NYX_DATA_DIR (default ~/.nyx).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      url: { type: "string" },
      html: { type: "string" },
      json: { type: "boolean" },
      status: { type: "string" },
      csv: { type: "string" },
      out: { type: "string" },
      effort: { type: "string" },
      company: { type: "string" },
      q: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "min-score": { type: "string" },
      "max-score": { type: "string" },
      outcome: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 1 : 0;
  }
  const env = loadEnv(values.port === undefined ? {} : { NYX_PORT: values.port });
  switch (command) {
    case "start":
      return startCommand(env);
    case "migrate":
      return migrateCommand(env);
    case "pair":
      return pairCommand(env);
    case "token":
      return tokenCommand(env);
    case "enqueue":
      return enqueueCommand(env, rest);
    case "hunt":
      return huntCommand(env, values.url, values.html);
    case "jobs":
      if (rest[0] === "list") return jobsListCommand(env, { json: values.json === true, status: values.status });
      if (rest[0] === "view") return jobsViewCommand(env, rest[1]);
      break;
    case "export":
      return exportCommand(env, values.csv, {
        status: values.status,
        effort: values.effort,
        company: values.company,
        q: values.q,
        from: values.from,
        to: values.to,
        minScore: values["min-score"],
        maxScore: values["max-score"],
        outcome: values.outcome,
      });
    case "session":
      if (rest.length === 1) return sessionCommand(env, rest[0], { json: values.json === true });
      break;
    case "monitor":
      if (rest[0] === "import" && rest[1] !== undefined && rest.length === 2) return monitorImportCommand(env, rest[1]);
      if (rest[0] === "run" && rest.length === 1) return monitorRunCommand(env);
      if (rest[0] === "list" && rest.length === 1) return monitorListCommand(env, values.json === true);
      break;
    case "profile":
      if (rest[0] === "import" && rest[1] !== undefined && rest.length === 2) return profileImportCommand(env, rest[1]);
      if (rest[0] === "draft" && rest[1] !== undefined && rest.length === 2)
        return profileDraftCommand(rest[1], values.out);
      break;
  }
  process.stderr.write(`nyx: unknown command "${positionals.join(" ")}"\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof EnvError) {
      process.stderr.write(`nyx: ${error.message}\n`);
    } else if (error instanceof AppError) {
      process.stderr.write(`nyx: ${error.message}\n`);
      if (error.issues) process.stderr.write(`${error.issues.map((i) => `  - ${describeIssues([i])}`).join("\n")}\n`);
    } else {
      process.stderr.write(`nyx: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
