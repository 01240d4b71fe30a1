/**
 * npm run user:add -- --login X --name Y --role editor [--password P]
 * Without --password it asks for one (or reads one line from standard input when not a terminal).
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { openDb, runMigrations } from "@/db/client";
import { createUser } from "@/db/commands/create-user";
import { newUserSchema } from "@/lib/api/user-schemas";
import { DomainError } from "@/lib/errors";
import { zodIssuesText } from "@/lib/i18n/zod-issues";

function fail(message: string): never {
  console.error(`user:add: ${message}`);
  process.exit(2);
}

async function askPassword(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) process.stderr.write("password: ");
  const line = await new Promise<string>((resolve) => rl.once("line", resolve).once("close", () => resolve("")));
  rl.close();
  return line.trim();
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { login: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
    }));
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const password = values.password ?? (await askPassword());
  const parsed = newUserSchema.safeParse({ ...values, password });
  if (!parsed.success) fail(zodIssuesText(parsed.error, "en"));

  const { db, sqlite } = openDb();
  try {
    runMigrations(db);
    const user = await createUser(db, parsed.data);
    console.log(`created ${user.role} "${user.login}" (${user.name}), id ${user.id}`);
  } catch (err) {
    if (err instanceof DomainError) fail(err.message);
    if (err instanceof ZodError) fail(zodIssuesText(err, "en"));
    throw err;
  } finally {
    sqlite.close();
  }
}

void main();
