import type { DraftWarning } from "@nyx/shared";

/** What the readers could not read (missing) or read with doubt (warnings), by the draft's field path. */
export class DraftNotes {
  readonly warnings: DraftWarning[] = [];
  readonly missing: string[] = [];

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  lack(path: string): void {
    if (!this.missing.includes(path)) this.missing.push(path);
  }
}
