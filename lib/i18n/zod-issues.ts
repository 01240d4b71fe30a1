/**
 * Zod issues in the reader's language, as `path: message` joined. A schema names its own messages by
 * key (`errorKey("validation.commentEmpty")`); every other issue is worded by zod's own locale.
 */
import { z, type ZodError } from "zod";
import type { Locale } from "./locales";
import { hasErrorKey, renderMessage, translator, type ErrorKey, type MessageParams } from "./translate";

export { errorKey } from "./error-key";

type Issue = ZodError["issues"][number];

const zodLocales = { "zh-CN": z.locales.zhCN(), en: z.locales.en() } as const;

function issueParams(issue: Issue): MessageParams {
  const params: MessageParams = {};
  for (const name of ["minimum", "maximum"] as const) {
    const value = (issue as Partial<Record<typeof name, unknown>>)[name];
    if (typeof value === "number" || typeof value === "bigint") params[name] = Number(value);
  }
  const custom = issue.code === "custom" ? issue.params : undefined;
  for (const [name, value] of Object.entries(custom ?? {})) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  return params;
}

function issueMessage(issue: Issue, locale: Locale): string {
  if (hasErrorKey(issue.message)) return renderMessage(locale, { key: issue.message, params: issueParams(issue) });
  // Without the input (parsed without reportInput) zod cannot say what it received: keep its message.
  if (issue.code === "invalid_type" && !("input" in issue)) return issue.message;
  const worded = zodLocales[locale].localeError?.(issue as Parameters<NonNullable<(typeof zodLocales)["en"]["localeError"]>>[0]);
  return (typeof worded === "string" ? worded : worded?.message) ?? issue.message;
}

export function zodIssuesText(error: ZodError, locale: Locale): string {
  return error.issues
    .map((issue) => {
      const message = issueMessage(issue, locale);
      return issue.path.length ? `${issue.path.join(".")}: ${message}` : message;
    })
    .join(translator(locale)("error.list.separator"));
}
