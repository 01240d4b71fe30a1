/**
 * Rendering messages of the catalogue in a locale (ICU syntax, through use-intl's core: no Next, no React
 * components). Domain code describes a message as a key plus parameters (`Message`); it is rendered only
 * where it reaches a reader, in the reader's language.
 */
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { MESSAGES, missingMessage, NEWSROOM_TIME_ZONE, type Messages } from "./catalogue";
import type { Locale } from "./locales";
import type { serverZhCN } from "./messages/server-zh-CN";

type Catalogue = Messages;

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the catalogue, e.g. `status.filed`, `error.story.notFound`. */
export type CatalogueKey = Leaves<Catalogue>;
/** Keys of the `error` namespace (what `DomainError` carries), e.g. `story.badTransition`. */
export type ErrorKey = Leaves<(typeof serverZhCN)["error"]>;

type LabelNamespace = "status" | "pageState" | "storyAction" | "pageAction" | "role" | "kind" | "bylineRoleShort";
export type LabelKey =
  | { [N in LabelNamespace]: `${N}.${keyof Catalogue[N] & string}` }[LabelNamespace]
  // 初审, 复审, 终审 (lib/review/review-levels.ts)
  | `review.level.${keyof Catalogue["review"]["level"] & string}`;

/** A parameter rendered as the label of a state, action or role in the reader's language. */
export interface Label {
  label: LabelKey;
}
/** A parameter rendered as a list of messages, joined by `error.list.separator`. */
export interface MessageList {
  list: Message[];
}
/** A parameter rendered as labels joined by `error.list.or` ("管理员或值班总编"). */
export interface LabelChoice {
  oneOf: Label[];
}
export type MessageParam = string | number | Label | MessageList | LabelChoice;
export type MessageParams = Record<string, MessageParam>;

/** A message of the `error` namespace with its parameters; JSON-safe, so it may be stored or sent. */
export interface Message {
  key: ErrorKey;
  params?: MessageParams;
}

export function label<N extends LabelNamespace>(namespace: N, code: keyof Catalogue[N] & string): Label {
  return { label: `${namespace}.${code}` as LabelKey };
}

export function labelChoice<N extends LabelNamespace>(namespace: N, codes: readonly (keyof Catalogue[N] & string)[]): LabelChoice {
  return { oneOf: codes.map((code) => label(namespace, code)) };
}

export function messageList(list: readonly Message[]): MessageList {
  return { list: [...list] };
}

export type Translate = (key: CatalogueKey, values?: Record<string, string | number>) => string;

/**
 * Translates outside React (route handlers, server modules, tests): `translatorFor(locale)("status.filed")`,
 * or with a namespace: `translatorFor(locale, "pageAction")("sign")`. Same catalogue and ICU rules as
 * `useTranslations` / `getTranslations`; a missing key renders `missingMessage` instead of throwing.
 */
export function translatorFor<NS extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(locale: Locale, namespace?: NS) {
  return createTranslator<Messages, NS>({
    locale,
    messages: MESSAGES[locale],
    namespace,
    timeZone: NEWSROOM_TIME_ZONE,
    getMessageFallback: missingMessage,
    onError: () => {},
  });
}

const translators = new Map<Locale, Translate>();

/** The whole catalogue's translator for `locale` with keys as plain strings (cached, so compiled messages are reused). */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const intl = translatorFor(locale);
    t = (key, values) => (intl as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
    translators.set(locale, t);
  }
  return t;
}

function isLabel(p: MessageParam): p is Label {
  return typeof p === "object" && "label" in p;
}

/** Parameters with labels and lists rendered, ready for ICU. */
export function renderParams(locale: Locale, params: MessageParams = {}): Record<string, string | number> {
  const t = translator(locale);
  return Object.fromEntries(
    Object.entries(params).map(([name, p]) => {
      if (typeof p !== "object") return [name, p];
      if (isLabel(p)) return [name, t(p.label)];
      if ("oneOf" in p) return [name, p.oneOf.map((l) => t(l.label)).join(t("error.list.or"))];
      return [name, p.list.map((m) => renderMessage(locale, m)).join(t("error.list.separator"))];
    }),
  );
}

/** A message of the `error` namespace as the reader reads it. */
export function renderMessage(locale: Locale, message: Message): string {
  return translator(locale)(`error.${message.key}`, renderParams(locale, message.params));
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as Message).key === "string" && hasErrorKey((value as Message).key);
}

/** Whether `key` names a message of the `error` namespace (e.g. a zod issue whose message is a key). */
export function hasErrorKey(key: string): key is ErrorKey {
  let node: unknown = MESSAGES["zh-CN"].error;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
