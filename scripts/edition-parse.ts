/**
 * npm run edition:parse -- <file>
 * Parses the plain text of one printed page (docs/PARSER.md) and prints the result as JSON.
 * Exit codes: 0 parsed; 2 bad input (no argument, unreadable file, not UTF-8 text).
 */
import { readFileSync } from "node:fs";
import { parsePageText } from "../lib/page-text/parse";

const USAGE = "usage: npm run edition:parse -- <page-text-file>";

/** Bad input the user can fix: reported on one line, exit code 2. */
class InputError extends Error {}

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
};

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new InputError(`cannot read ${file}: ${READ_ERRORS[code] ?? String(error)}`);
  }
  if (bytes.includes(0)) throw new InputError(`${file} is not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text`);
  }
}

function main(args: string[]): number {
  const file = args[0];
  if (!file) {
    process.stderr.write(`edition:parse: missing file argument (${USAGE})\n`);
    return 2;
  }
  try {
    const page = parsePageText(readText(file));
    process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`edition:parse: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
