import path from "node:path";
import { z } from "zod";
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordBytes } from "./passwords";

const PORT_RULE = "must be a port number from 1 to 65535";
const httpAddress = (example: string) => z.url({ protocol: /^https?$/, error: `must be an http:// or https:// address, e.g. ${example}` });

/** Every variable Newsdesk reads (README "Environment" lists the same). An empty value counts as unset. */
const variables = z.object({
  /** Where `npm start` serves. */
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, PORT_RULE)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, PORT_RULE)
    .default(3000),
  /** The SQLite file (relative to the working folder). */
  DATABASE_PATH: z.string().default("data/newsdesk.db"),
  /** Session signing key; unset → the one `npm start` keeps beside the database. */
  NEXTAUTH_SECRET: z.string().optional(),
  /** The public address; unset → http://localhost:PORT. */
  NEXTAUTH_URL: httpAddress("https://newsdesk.example.com").optional(),
  /** "1": create the demo accounts (public password) at start, in production too. */
  NEWSDESK_DEMO: z
    .enum(["0", "1"], { error: 'must be "1" (create the demo accounts) or "0"' })
    .transform((v) => v === "1")
    .optional(),
  /** Password of the first admin (login `admin`), created at a start that finds no account. */
  NEWSDESK_ADMIN_PASSWORD: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).optional(),
  /** Password of the demo accounts, used only when they are created. */
  NEWSDESK_DEMO_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .refine((p) => passwordBytes(p) <= MAX_PASSWORD_BYTES, `must be at most ${MAX_PASSWORD_BYTES} bytes (UTF-8; a Chinese character is 3)`)
    .default("newsdesk"),
  /** The Chromium that prints proof PDFs; unset → /usr/bin/chromium when present, else Playwright's. */
  NEWSDESK_CHROMIUM: z.string().optional(),
  /** Where the server reaches itself to print a proof; unset → http://localhost:PORT. */
  NEWSDESK_PROOF_ORIGIN: httpAddress("http://127.0.0.1:3000")
    .transform((v) => new URL(v).origin)
    .optional(),
  /**
   * Addresses of the reverse proxies in front of us, comma-separated: only a request from one of them has
   * its X-Forwarded-For read (the right-most hop that is not one of them). Unset → the socket's address.
   */
  NEWSDESK_TRUSTED_PROXIES: z
    .string()
    .regex(/^[0-9a-fA-F.:\s,[\]]+$/, "must be IP addresses separated by commas, e.g. 127.0.0.1,10.0.0.2")
    .transform((v) => v.split(",").map((a) => a.trim()).filter(Boolean))
    .default([]),
  /** Folder of the e-paper's page pictures and PDFs (made at 付印); unset → epaper/ beside the database. */
  NEWSDESK_EPAPER_DIR: z.string().optional(),
  /** Next's build folder (parallel builds on one machine each use their own). */
  NEXT_DIST_DIR: z.string().default(".next"),
  /** Hour (0–23, the publication's time zone) of the daily backup `npm start` takes; "off" → none. */
  NEWSDESK_BACKUP_HOUR: z
    .string()
    .regex(/^(off|[01]?\d|2[0-3])$/, 'must be an hour from 0 to 23, or "off"')
    .transform((v) => (v === "off" ? null : Number(v)))
    .default(3),
  /** How many daily backups to keep (older ones are deleted). */
  NEWSDESK_BACKUP_KEEP: z
    .string()
    .regex(/^\d{1,4}$/, "must be a whole number from 1 to 9999")
    .transform(Number)
    .refine((n) => n >= 1, "must be a whole number from 1 to 9999")
    .default(14),
  /** Folder of the daily backups; unset → backups/ beside the database. */
  NEWSDESK_BACKUP_DIR: z.string().optional(),
  /** The largest edition archive (docs/EXCHANGE.md) an import accepts, in MB (1 000 000 bytes); a larger one is a 413. */
  NEWSDESK_ARCHIVE_MAX_MB: z
    .string()
    .regex(/^\d{1,4}$/, "must be a whole number of megabytes from 1 to 2000")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 2000, "must be a whole number of megabytes from 1 to 2000")
    .default(20),
});

export const ENV_VARIABLES = Object.keys(variables.shape) as (keyof typeof variables.shape)[];

export const envSchema = variables.transform((e) => ({
  ...e,
  NEXTAUTH_URL: e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`,
  NEWSDESK_PROOF_ORIGIN: e.NEWSDESK_PROOF_ORIGIN ?? `http://localhost:${e.PORT}`,
  NEWSDESK_BACKUP_DIR: e.NEWSDESK_BACKUP_DIR ?? path.join(path.dirname(e.DATABASE_PATH), "backups"),
  NEWSDESK_EPAPER_DIR: e.NEWSDESK_EPAPER_DIR ?? path.join(path.dirname(e.DATABASE_PATH), "epaper"),
}));
export type Env = z.output<typeof envSchema>;

/** Values of these never appear in a message. */
const SECRET = new Set<string>(["NEXTAUTH_SECRET", "NEWSDESK_DEMO_PASSWORD", "NEWSDESK_ADMIN_PASSWORD"]);

export class EnvError extends Error {
  override name = "EnvError";
}

/** The environment, checked: one line per bad variable, naming it (and its value, unless secret). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const input = Object.fromEntries(ENV_VARIABLES.map((k) => [k, source[k] === "" ? undefined : source[k]]));
  const result = envSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = SECRET.has(name) ? "" : ` (got ${JSON.stringify(source[name])})`;
    return `${name} ${issue.message}${got}`;
  });
  throw new EnvError(`bad environment: ${problems.join("; ")}`);
}

let cached: Env | undefined;

/** process.env, parsed on first use and then kept (`npm start` parses it before anything else). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
