import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./passwords";

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
  NEWSDESK_DEMO_PASSWORD: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).default("newsdesk"),
  /** The Chromium that prints proof PDFs; unset → /usr/bin/chromium when present, else Playwright's. */
  NEWSDESK_CHROMIUM: z.string().optional(),
  /** Where the server reaches itself to print a proof; unset → http://localhost:PORT. */
  NEWSDESK_PROOF_ORIGIN: httpAddress("http://127.0.0.1:3000")
    .transform((v) => new URL(v).origin)
    .optional(),
  /** Next's build folder (parallel builds on one machine each use their own). */
  NEXT_DIST_DIR: z.string().default(".next"),
});

export const ENV_VARIABLES = Object.keys(variables.shape) as (keyof typeof variables.shape)[];

export const envSchema = variables.transform((e) => ({
  ...e,
  NEXTAUTH_URL: e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`,
  NEWSDESK_PROOF_ORIGIN: e.NEWSDESK_PROOF_ORIGIN ?? `http://localhost:${e.PORT}`,
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
