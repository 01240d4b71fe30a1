/**
 * `npm start`: check the environment (lib/env.ts; a bad value → exit 1), build if needed, migrate, seed,
 * then serve. `--dev` runs `next dev` instead; `--demo` (or NEWSDESK_DEMO=1) creates the demo accounts.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { holdDatabase } from "@/db/database-holder";
import { env } from "@/lib/env";
import { NEWSROOM_TIME_ZONE } from "@/lib/i18n/catalogue";
import { ensureAuthSecret, prepareData, signInHelp } from "./prepare-data";
import { scheduleDailyBackups } from "./scheduled-backup";

const dev = process.argv.includes("--dev");
const demoFlag = process.argv.includes("--demo");
const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");

async function main() {
  // First, before any build or database work: a bad value stops here with exit 1 (see main().catch).
  const { PORT, NEXT_DIST_DIR, NEXTAUTH_URL: url, NEWSDESK_DEMO, NEWSDESK_DEMO_PASSWORD, NEWSDESK_ADMIN_PASSWORD, NEWSDESK_BACKUP_HOUR, NEWSDESK_BACKUP_KEEP, NEWSDESK_BACKUP_DIR } = env();
  const port = String(PORT);
  // The holder file (db/database-holder.ts) tells `db:restore` a server has the database; taken before
  // building and migrating, so a restore in progress stops this start (exit 1) rather than the other way round.
  const hold = holdDatabase(databasePath(), "server");
  process.on("exit", () => hold.release());
  if (!dev && !fs.existsSync(path.join(NEXT_DIST_DIR, "BUILD_ID"))) {
    console.log("Newsdesk: no production build yet — running `next build` (a minute or two)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const { file, seed, demo, publicPasswords } = await prepareData({ demo: demoFlag || NEWSDESK_DEMO === true, dev, adminPassword: NEWSDESK_ADMIN_PASSWORD });
  const secret = ensureAuthSecret(path.dirname(file));
  console.log(`Newsdesk: database ${file}`);
  if (demo && seed.usersCreated.length) console.log(`Newsdesk: demo accounts created: ${seed.usersCreated.join(", ")}`);
  if (seed.editionCreated) console.log(`Newsdesk: seed edition loaded: ${seed.stories} stories, ${seed.elements} page elements`);
  for (const w of seed.warnings) console.log(`Newsdesk: seed warning: ${w}`);

  // Production: scripts/serve.ts (Next's handler behind our own HTTP server, which knows the client's real
  // address; keep-alive 65 s there too). Development: `next dev`, which trusts X-Forwarded-For as sent.
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a second process, and the holder file
  // (db/database-holder.ts) must name the process that has the database open.
  const [command, serve] = dev ? [nextBin, ["dev", "-p", port]] : [process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "serve.ts")]];
  const child = spawn(command, serve, {
    stdio: "inherit",
    env: { ...process.env, PORT: port, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, DATABASE_PATH: file },
  });
  for (const line of signInHelp({ url, demo, seed, demoPassword: NEWSDESK_DEMO_PASSWORD, publicPasswords })) console.log(line);
  if (child.pid) hold.setServerPid(child.pid);
  if (NEWSDESK_BACKUP_HOUR !== null) {
    const daily = scheduleDailyBackups({ databaseFile: file, dir: path.resolve(NEWSDESK_BACKUP_DIR), keep: NEWSDESK_BACKUP_KEEP, hour: NEWSDESK_BACKUP_HOUR, timeZone: NEWSROOM_TIME_ZONE }, (line) => console.log(`Newsdesk: ${line}`));
    console.log(`Newsdesk: daily backup at ${String(NEWSDESK_BACKUP_HOUR).padStart(2, "0")}:00 ${NEWSROOM_TIME_ZONE} into ${path.resolve(NEWSDESK_BACKUP_DIR)} (keeping ${NEWSDESK_BACKUP_KEEP}); next ${daily.next().toISOString()}`);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`Newsdesk: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
