import { AppError } from "@nyx/shared";

/** A bad value found after parsing (a date before another): a 400 that names the parameter. */
export function invalidInput(path: string, message: string): AppError {
  return new AppError("validation_failed", `invalid input: ${path}: ${message}`, { issues: [{ path, message }] });
}
