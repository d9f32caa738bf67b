// The company monitor (PRODUCT.md §1.5): job boards and careers pages polled on a schedule; each new
// posting is recorded once and hunted (scored and decided) like "Hunt this job".
export { type CareersLimits, readCareers } from "./careers.ts";
export { readAshby } from "./feeds/ashby.ts";
export { readGreenhouse } from "./feeds/greenhouse.ts";
export type { FoundPosting, SourceReading } from "./feeds/items.ts";
export { readLever } from "./feeds/lever.ts";
export { FetchError, USER_AGENT } from "./fetch.ts";
export { loadLastRun } from "./last-run.ts";
export { checkMonitorUpdate, parseMonitorFile, saveMonitorList, scheduleProblem } from "./list.ts";
export {
  DEFAULT_MONITOR_LIMITS,
  type MonitorDeps,
  type MonitorLimits,
  monitorLimits,
  pollMonitor,
  pollSource,
} from "./poll.ts";
export { type MonitorScheduler, type SchedulerOptions, startMonitor } from "./scheduler.ts";
export { readSource, sourceUrl } from "./sources.ts";
