/**
 * 机检 word lists, read side: the lists version (a counter bumped by every change), the whole lists for the
 * checker, compiled once per version (server cache), and the admin page's paged listing.
 */
import { and, asc, count, eq, or, sql } from "drizzle-orm";
import { compileCheckLists, type CheckList, type CheckTerm, type CompiledCheckLists } from "@/lib/check";
import { CHECK_LISTS } from "@/lib/check/lists";
import type { DbOrTx } from "../client";
import { checkListsState, checkTerms, users, type CheckTermRow } from "../schema";

export function getCheckListsVersion(db: DbOrTx): number {
  return db.select({ version: checkListsState.version }).from(checkListsState).where(eq(checkListsState.id, 1)).get()?.version ?? 0;
}

/** Every entry of every list, as the checker takes them (no ids). */
export function allCheckTerms(db: DbOrTx): CheckTerm[] {
  return db
    .select({ list: checkTerms.list, term: checkTerms.term, replacement: checkTerms.replacement, note: checkTerms.note })
    .from(checkTerms)
    .orderBy(asc(checkTerms.id))
    .all();
}

/** The lists with their version, read in one transaction (the version names exactly these terms). */
export function checkListsSnapshot(db: DbOrTx): { version: number; terms: CheckTerm[] } {
  const read = (tx: DbOrTx) => ({ version: getCheckListsVersion(tx), terms: allCheckTerms(tx) });
  return "transaction" in db ? db.transaction(read) : read(db);
}

const cache = new WeakMap<object, { version: number; lists: CompiledCheckLists }>();

/**
 * The connection a handle runs on: drizzle gives each transaction (and savepoint) a new handle object but the
 * same session, so the session is the cache key (drizzle keeps it in `session`, not in its types). Keyed by
 * the handle, every 交稿/审/签版 — each checks inside its own transaction — compiled the lists again.
 */
function connectionKey(db: DbOrTx): object {
  return (db as unknown as { session?: object }).session ?? db;
}

/**
 * The compiled lists for the server's checks (filing, review levels, 签版), cached per connection and lists
 * version: a cheap version read per call, a compile only after a change.
 */
export function loadCompiledCheckLists(db: DbOrTx): CompiledCheckLists {
  const version = getCheckListsVersion(db);
  const key = connectionKey(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.lists;
  const snapshot = checkListsSnapshot(db);
  const lists = compileCheckLists(snapshot.terms);
  cache.set(key, { version: snapshot.version, lists });
  return lists;
}

export interface CheckTermItem {
  id: number;
  list: CheckList;
  term: string;
  replacement: string | null;
  note: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export const CHECK_TERMS_PAGE_SIZE = 100;

function toItem(r: CheckTermRow & { updatedBy: string | null }): CheckTermItem {
  return { id: r.id, list: r.list, term: r.term, replacement: r.replacement, note: r.note, version: r.version, updatedAt: r.updatedAt, updatedBy: r.updatedBy };
}

export function getCheckTerm(db: DbOrTx, id: number): CheckTermItem | null {
  const row = db
    .select({ t: checkTerms, updatedBy: users.name })
    .from(checkTerms)
    .leftJoin(users, eq(users.id, checkTerms.updatedById))
    .where(eq(checkTerms.id, id))
    .get();
  return row ? toItem({ ...row.t, updatedBy: row.updatedBy }) : null;
}

/** One page of one list (by term), optionally filtered by a substring of the term or replacement; and the count of every list. */
export function listCheckTerms(
  db: DbOrTx,
  opts: { list: CheckList; q?: string; offset?: number; limit?: number },
): { terms: CheckTermItem[]; total: number; counts: Record<CheckList, number>; version: number } {
  const limit = Math.min(opts.limit ?? CHECK_TERMS_PAGE_SIZE, CHECK_TERMS_PAGE_SIZE);
  const q = opts.q?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(checkTerms.list, opts.list),
    pattern ? or(sql`${checkTerms.term} like ${pattern} escape '\\'`, sql`${checkTerms.replacement} like ${pattern} escape '\\'`) : undefined,
  );
  const rows = db
    .select({ t: checkTerms, updatedBy: users.name })
    .from(checkTerms)
    .leftJoin(users, eq(users.id, checkTerms.updatedById))
    .where(where)
    .orderBy(asc(checkTerms.term))
    .limit(limit)
    .offset(opts.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(checkTerms).where(where).get()?.n ?? 0;
  const counts = Object.fromEntries(CHECK_LISTS.map((l) => [l, 0])) as Record<CheckList, number>;
  for (const r of db.select({ list: checkTerms.list, n: count() }).from(checkTerms).groupBy(checkTerms.list).all()) counts[r.list] = r.n;
  return { terms: rows.map((r) => toItem({ ...r.t, updatedBy: r.updatedBy })), total, counts, version: getCheckListsVersion(db) };
}
