import type { CheckList } from "./types";

/** The word lists, in the order the admin page shows them: 禁用词 慎用词 错别字 规范名称 例外. */
export const CHECK_LISTS = ["banned", "caution", "typo", "preferred", "whitelist"] as const satisfies readonly CheckList[];

/** Lists whose entries need a replacement (typo: the right form; preferred: the 规范名称). */
export const NEEDS_REPLACEMENT: ReadonlySet<CheckList> = new Set(["typo", "preferred"]);

/** Length limits of an entry (UTF-16 units as typed; the normalized form must keep at least one character). */
export const TERM_MAX = 40;
export const NOTE_MAX = 200;
