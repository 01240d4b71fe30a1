import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { renderMessage } from "@/lib/i18n/translate";
import { makeTestDb, refusal } from "../test-db";
import { checkListsState, checkTerms } from "../schema";
import { getCheckListsVersion, listCheckTerms, loadCompiledCheckLists } from "../queries/check-lists";
import { addCheckTerm } from "./add-check-term";
import { updateCheckTerm } from "./update-check-term";
import { deleteCheckTerm } from "./delete-check-term";
import { commitCheckTermImport, previewCheckTermImport } from "./import-check-terms";
import { loadStarterCheckTerms } from "./load-starter-check-terms";
import { checkFields } from "@/lib/check";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([{ login: "chief", name: "张总", role: "chief" }]);
});
afterAll(() => t.close());
const actor = () => ({ id: t.users.chief.id });

describe("the word lists in the database", () => {
  it("loads the starter lists once: a deleted starter entry does not come back", () => {
    const first = loadStarterCheckTerms(t.db);
    expect(first.loaded).toBeGreaterThanOrEqual(200);
    const row = t.db.select().from(checkTerms).where(eq(checkTerms.term, "按装")).get()!;
    expect(row.replacement).toBe("安装");
    deleteCheckTerm(t.db, { id: row.id, baseVersion: row.version });
    expect(loadStarterCheckTerms(t.db).loaded).toBe(0);
    expect(t.db.select().from(checkTerms).where(eq(checkTerms.term, "按装")).get()).toBeUndefined();
    expect(t.db.select().from(checkListsState).get()!.starterLoadedAt).not.toBeNull();
  });

  it("every change bumps the lists version, and the compiled lists follow it", () => {
    const v0 = getCheckListsVersion(t.db);
    const before = loadCompiledCheckLists(t.db);
    expect(loadCompiledCheckLists(t.db)).toBe(before); // cached while the version stands
    // …in every transaction on the connection too (交稿, the review levels and 签版 check inside theirs)
    expect(t.db.transaction((tx) => loadCompiledCheckLists(tx))).toBe(before);
    expect(t.db.transaction((tx) => tx.transaction((inner) => loadCompiledCheckLists(inner)))).toBe(before);
    const { id, listsVersion } = addCheckTerm(t.db, { list: "banned", term: "测试禁词", replacement: null, note: null, actor: actor() });
    expect(listsVersion).toBe(v0 + 1);
    const after = loadCompiledCheckLists(t.db);
    expect(after).not.toBe(before);
    expect(checkFields([{ field: "body", paragraph: 0, text: "这是测 试 禁 词" }], after).map((f) => f.rule)).toEqual(["banned"]);
    const row = t.db.select().from(checkTerms).where(eq(checkTerms.id, id)).get()!;
    updateCheckTerm(t.db, { id, baseVersion: row.version, list: "caution", term: "测试禁词", replacement: null, note: "改为慎用", actor: actor() });
    expect(getCheckListsVersion(t.db)).toBe(v0 + 2);
    expect(refusal(() => updateCheckTerm(t.db, { id, baseVersion: row.version, list: "caution", term: "测试禁词", replacement: null, note: null, actor: actor() })).status).toBe(409);
    expect(refusal(() => deleteCheckTerm(t.db, { id, baseVersion: row.version })).key).toBe("check.stale");
    deleteCheckTerm(t.db, { id, baseVersion: row.version + 1 });
    expect(getCheckListsVersion(t.db)).toBe(v0 + 3);
  });

  it.each([
    ["a duplicate (same list, same term)", { list: "typo", term: "再接再励", replacement: "再接再厉" }, "check.duplicate", 409],
    ["a duplicate by width/traditional variant", { list: "typo", term: "再接再勵", replacement: "再接再厉" }, "check.duplicate", 409],
    ["wrong = right", { list: "typo", term: "安装", replacement: "安 装" }, "check.sameAsReplacement", 422],
    ["a typo without its right form", { list: "typo", term: "某某错", replacement: null }, "check.replacementRequired", 422],
    ["an exception with a replacement", { list: "whitelist", term: "某某", replacement: "别的" }, "check.replacementNotAllowed", 422],
    ["only symbols", { list: "banned", term: "* * *", replacement: null }, "check.termNoLetters", 422],
    ["banned and whitelisted", { list: "whitelist", term: "瞎子", replacement: null }, "check.whitelisted", 422],
    ["whitelisted, then banned", { list: "banned", term: "天王星", replacement: null }, "check.whitelisted", 422],
    ["banned and caution", { list: "caution", term: "瞎子", replacement: null }, "check.bannedAndCaution", 422],
    ["a typo whose right form is banned", { list: "typo", term: "瞎仔", replacement: "瞎子" }, "check.replacementBanned", 422],
    ["banning the right form of a pair", { list: "banned", term: "再接再厉", replacement: null }, "check.bannedIsReplacement", 422],
    ["a wrong form that is another pair's right form", { list: "typo", term: "再接再厉", replacement: "再接再力" }, "check.termIsReplacement", 422],
    ["a right form that is another pair's wrong form", { list: "typo", term: "再结再励", replacement: "再接再励" }, "check.replacementIsTerm", 422],
    ["a preferred form against a typo pair with another right form", { list: "preferred", term: "甘败下风", replacement: "甘心认输" }, "check.otherReplacement", 422],
    ["too long", { list: "banned", term: "长".repeat(41), replacement: null }, "check.termTooLong", 422],
  ] as const)("refuses %s", (_name, entry, key, status) => {
    const e = refusal(() => addCheckTerm(t.db, { note: null, ...entry, replacement: entry.replacement ?? null, actor: actor() }));
    expect([e.key, e.status]).toEqual([key, status]);
    expect(renderMessage("zh-CN", e.reason)).not.toMatch(/\{|error\./);
    expect(renderMessage("en", e.reason)).not.toMatch(/\{|error\./);
  });

  it("lists one list a page, filtered, with the count of every list", () => {
    const page = listCheckTerms(t.db, { list: "typo", q: "再接", limit: 10 });
    expect(page.terms.map((x) => x.term)).toEqual(["再接再励"]);
    expect(page.total).toBe(1);
    expect(page.counts.typo).toBeGreaterThan(200);
    expect(page.counts.whitelist).toBe(2);
    expect(listCheckTerms(t.db, { list: "typo", q: "%" }).total).toBe(0); // LIKE wildcards are taken literally
  });
});

describe("import: preview, then commit in one transaction", () => {
  const csv = [
    "list,term,replacement,note",
    "错别字,按装,安装,回来了",
    "typo,再接再励,再接再厉,新的说明",
    "禁用词,瞎子,盲人,对残疾人不使用蔑称",
    "例外,瞎子,,",
    "坏表名,某词,,",
    '规范名称,"纽约市,美国",纽约,带逗号的词',
    "错别字,按装,安装,同一文件里第二次",
  ].join("\n");

  it("previews each line: add, change, same, reject — and why", () => {
    const p = previewCheckTermImport(t.db, { format: "csv", list: null, text: csv });
    expect(p.lines.map((l) => [l.line, l.status, l.problem?.key ?? null])).toEqual([
      [2, "add", null],
      [3, "change", null],
      [4, "same", null],
      [5, "reject", "check.whitelisted"],
      [6, "reject", "check.importBadList"],
      [7, "add", null],
      [8, "reject", "check.duplicate"],
    ]);
    expect(p.summary).toEqual({ add: 2, change: 1, same: 1, reject: 3 });
    expect(p.lines[5].entry).toEqual({ list: "preferred", term: "纽约市,美国", replacement: "纽约", note: "带逗号的词" });
  });

  it("commits the good lines against the previewed version; a stale preview is refused", () => {
    const p = previewCheckTermImport(t.db, { format: "csv", list: null, text: csv });
    expect(refusal(() => commitCheckTermImport(t.db, { format: "csv", list: null, text: csv, baseVersion: p.listsVersion - 1, actor: actor() })).key).toBe("check.importStale");
    const done = commitCheckTermImport(t.db, { format: "csv", list: null, text: csv, baseVersion: p.listsVersion, actor: actor() });
    expect(done.applied).toBe(3);
    expect(done.listsVersion).toBe(p.listsVersion + 1);
    expect(t.db.select().from(checkTerms).where(eq(checkTerms.term, "再接再励")).get()!.note).toBe("新的说明");
    expect(t.db.select().from(checkTerms).where(eq(checkTerms.term, "按装")).get()!.updatedById).toBe(t.users.chief.id);
  });

  it("plain text: one entry a line for the chosen list, with → or spaces", () => {
    const p = previewCheckTermImport(t.db, { format: "text", list: "typo", text: "# 注释\n\n松驰 → 松弛\n精萃\t精粹\n坐阵 坐镇\n单独一个\n" });
    expect(p.lines.map((l) => [l.line, l.status, l.entry?.term, l.entry?.replacement ?? null])).toEqual([
      [3, "same", "松驰", "松弛"],
      [4, "same", "精萃", "精粹"],
      [5, "same", "坐阵", "坐镇"],
      [6, "reject", "单独一个", null],
    ]);
    expect(refusal(() => previewCheckTermImport(t.db, { format: "text", list: null, text: "某词" })).status).toBe(422);
  });
});
