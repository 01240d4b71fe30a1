import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { CheckTerm, Finding } from "@/lib/check/types";
import type { Db } from "../client";
import { addCheckTerm } from "./add-check-term";
import { deleteCheckTerm } from "./delete-check-term";
import { renderMessage } from "@/lib/i18n/translate";
import type { StoryText } from "@/lib/story-text";
import { makeSeededDb, makeTestDb, proofreadPage, refusal } from "../test-db";
import { auditEvents, checkDismissals, checkTerms, storyCheckCounts } from "../schema";
import { createStory } from "./create-story";
import { updateStory } from "./update-story";
import { transitionStory } from "./transition-story";
import { transitionPage } from "./transition-page";
import { dismissCheckFinding } from "./dismiss-check-finding";
import { checkStory, listCheckOverrides } from "../queries/story-check";
import { editionCheckSummary } from "../queries/edition-check-summary";
import { getStoryForUser } from "../queries/story-for-user";

/** The newsroom's lists as each test sets them, through check-lib's own command (a term added bumps the lists version). */
function setTerms(db: Db, actorId: number, terms: CheckTerm[]): void {
  for (const row of db.select({ id: checkTerms.id, version: checkTerms.version, term: checkTerms.term }).from(checkTerms).all()) {
    if (TEST_TERMS.has(row.term)) deleteCheckTerm(db, { id: row.id, baseVersion: row.version });
  }
  for (const t of terms) addCheckTerm(db, { ...t, actor: { id: actorId } });
}
const TEST_TERMS = new Set(["某禁词", "据悉", "代办员", "坚持不懈"]);

const term = (list: "banned" | "caution", word: string, replacement: string | null = null): CheckTerm => ({ list, term: word, replacement, note: null });

const content = (body: string[]): StoryText => ({
  kicker: null,
  headline: "代办员制度全面推开",
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
});

describe("the check on the desk (one story)", () => {
  let t: Awaited<ReturnType<typeof makeTestDb>>;
  beforeAll(async () => {
    t = await makeTestDb([
      { login: "limeng", name: "李梦", role: "reporter" },
      { login: "liqiang", name: "李强", role: "editor" },
      { login: "chief", name: "值班总编", role: "chief" },
    ]);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    setTerms(t.db, t.users.chief.id, [term("banned", "某禁词"), term("caution", "据悉", "记者了解到")]);
  });

  function draft(body: string[]) {
    const { db, users } = t;
    const s = createStory(db, { editionDate: "2019-01-09", slug: `稿 ${body[0]}`, kind: "article", assigneeIds: [users.limeng.id], actor: users.liqiang });
    const started = transitionStory(db, { storyId: s.id, action: "start", actor: users.limeng });
    const saved = updateStory(db, { storyId: s.id, baseVersion: started.version, content: content(body), actor: users.limeng });
    return { id: s.id, version: saved.version };
  }

  it("refuses 交稿 with a block finding, listing it in the caller's language, until the reporter removes it", () => {
    const { db, users } = t;
    const s = draft(["据悉，代办员制度里出现了某禁词。"]);
    const e = refusal(() => transitionStory(db, { storyId: s.id, action: "file", actor: users.limeng }));
    expect([e.status, e.key]).toEqual([409, "checkDesk.storyBlocked"]);
    expect(renderMessage("zh-CN", e.reason)).toBe("机检发现禁用内容，不能交稿：禁用词「某禁词」（正文第 1 段）");
    expect(renderMessage("en", e.reason)).toContain("banned word “某禁词” (body paragraph 1)");
    expect((e.details as { findings: Finding[] }).findings.map((f) => f.text)).toEqual(["某禁词"]);
    // nothing changed
    expect(checkStory(db, s.id)!.storyVersion).toBe(s.version);

    // the warning (据悉) does not block; removing the banned word lets it through
    const fixed = updateStory(db, { storyId: s.id, baseVersion: s.version, content: content(["据悉，代办员制度全面推开。"]), actor: users.limeng });
    expect(transitionStory(db, { storyId: s.id, action: "file", actor: users.limeng }).status).toBe("filed");
    expect(fixed.changed).toBe(true);
  });

  it("gates 初审 and 终审 too, and the chief's override (audited, on the 审稿单) lets the story through", () => {
    const { db, users } = t;
    const s = draft(["干净的一段。"]);
    let v = transitionStory(db, { storyId: s.id, action: "file", actor: users.limeng }).version;
    // the desk's edit brings a banned word in
    v = updateStory(db, { storyId: s.id, baseVersion: v, content: content(["干净的一段，加上某禁词。"]), actor: users.liqiang }).version;
    expect(refusal(() => transitionStory(db, { storyId: s.id, action: "pass", actor: users.liqiang })).key).toBe("checkDesk.storyBlocked");

    const [block] = checkStory(db, s.id)!.findings.filter((f) => f.severity === "block");
    // only the chief overrides; nobody dismisses a block
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: block.key, kind: "override", reason: "引用原文", actor: users.liqiang })).status).toBe(403);
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: block.key, kind: "dismiss", reason: "引用原文", actor: users.liqiang })).key).toBe("checkDesk.blockNotDismissable");
    const done = dismissCheckFinding(db, { storyId: s.id, key: block.key, kind: "override", reason: "引用法院判决原文", actor: users.chief });
    expect(done.counts).toMatchObject({ blockOpen: 0, blockOverridden: 1 });
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: block.key, kind: "override", reason: "再次", actor: users.chief })).key).toBe("checkDesk.alreadyDecided");

    const audit = db.select().from(auditEvents).where(and(eq(auditEvents.entityId, s.id), eq(auditEvents.action, "check_override"))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: users.chief.id, entityType: "story" });
    expect(audit[0].reason).toContain("引用法院判决原文");
    expect(listCheckOverrides(db, s.id)).toEqual([expect.objectContaining({ rule: "banned", text: "某禁词", reason: "引用法院判决原文", by: "值班总编" })]);
    // the story read carries it for the 审稿单 panel (and the printed sheet reads the same list)
    expect(getStoryForUser(db, { id: s.id, user: users.liqiang })!.checkOverrides).toEqual([expect.objectContaining({ rule: "banned", text: "某禁词", by: "值班总编" })]);

    v = transitionStory(db, { storyId: s.id, action: "pass", actor: users.liqiang }).version;
    expect(transitionStory(db, { storyId: s.id, action: "approve", actor: users.chief }).status).toBe("approved");
    expect(v).toBeGreaterThan(0);
  });

  it("dismisses a warning with a reason: it stops counting, is audited, and cannot be dismissed twice", () => {
    const { db, users } = t;
    const s = draft(["据悉，代办员制度全面推开。"]);
    const warn = checkStory(db, s.id)!.findings.find((f) => f.text === "据悉")!;
    expect(warn).toMatchObject({ rule: "caution", severity: "warn", status: "open", suggestion: "记者了解到" });
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: warn.key, kind: "override", reason: "x", actor: users.chief })).key).toBe("checkDesk.warnNotOverridable");
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: "no|such|key", kind: "dismiss", reason: "x", actor: users.limeng })).key).toBe("checkDesk.findingGone");

    const done = dismissCheckFinding(db, { storyId: s.id, key: warn.key, kind: "dismiss", reason: "消息来源已在上文交代", actor: users.limeng });
    expect(done.counts).toEqual({ blockOpen: 0, warnOpen: 0, blockOverridden: 0, warnDismissed: 1 });
    const check = checkStory(db, s.id)!;
    expect(check.findings.find((f) => f.key === warn.key)?.status).toBe("dismissed");
    expect(check.dismissals).toEqual([expect.objectContaining({ key: warn.key, kind: "dismiss", reason: "消息来源已在上文交代", by: "李梦" })]);
    expect(db.select().from(auditEvents).where(and(eq(auditEvents.entityId, s.id), eq(auditEvents.action, "check_dismiss"))).all()).toHaveLength(1);
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: warn.key, kind: "dismiss", reason: "x", actor: users.limeng })).key).toBe("checkDesk.alreadyDecided");
    // not part of the override list on the 审稿单
    expect(listCheckOverrides(db, s.id)).toEqual([]);
  });

  it("lets only someone who may edit the story dismiss", () => {
    const { db, users } = t;
    const s = draft(["据悉，另一篇稿。"]);
    transitionStory(db, { storyId: s.id, action: "file", actor: users.limeng });
    const warn = checkStory(db, s.id)!.findings.find((f) => f.text === "据悉")!;
    // filed: the reporter may no longer edit it, so may not dismiss either; the desk may
    expect(refusal(() => dismissCheckFinding(db, { storyId: s.id, key: warn.key, kind: "dismiss", reason: "x", actor: users.limeng })).status).toBe(403);
    expect(dismissCheckFinding(db, { storyId: s.id, key: warn.key, kind: "dismiss", reason: "转述合理", actor: users.liqiang }).counts.warnDismissed).toBe(1);
  });

  it("keeps counts per story written with the text, recounted only when the text or the lists change", () => {
    const { db, users } = t;
    const s = draft(["某禁词和据悉在一段里。"]);
    const row = db.select().from(storyCheckCounts).where(eq(storyCheckCounts.storyId, s.id)).get();
    const listsVersion = row!.listsVersion;
    expect(row).toMatchObject({ storyVersion: s.version, blockOpen: 1, warnOpen: 1 });

    let summary = editionCheckSummary(db, "2019-01-09");
    expect(summary.stories.find((x) => x.id === s.id)).toMatchObject({ blockOpen: 1, warnOpen: 1, blockOverridden: 0, warnDismissed: 0 });
    expect(summary.recounted).toBeGreaterThan(0); // the earlier tests' stories moved on by transitions since they were counted
    expect(editionCheckSummary(db, "2019-01-09").recounted).toBe(0);

    // the lists change: every story is counted again, once
    setTerms(db, users.chief.id, [term("caution", "据悉")]);
    summary = editionCheckSummary(db, "2019-01-09");
    expect(summary.recounted).toBe(summary.stories.length);
    expect(summary.stories.find((x) => x.id === s.id)).toMatchObject({ blockOpen: 0, warnOpen: 1 });
    expect(summary.totals.blockOpen).toBe(0);
    expect(editionCheckSummary(db, "2019-01-09").recounted).toBe(0);
    expect(summary.listsVersion).not.toBe(listsVersion);
    expect(db.select().from(checkDismissals).all().length).toBeGreaterThan(0);
  });
});

describe("签版 and the check", () => {
  let t: ReturnType<typeof makeSeededDb>;
  beforeAll(() => {
    t = makeSeededDb({ seedPage: "in-layout" });
  });
  afterAll(() => t.close());

  it("refuses to sign a page while a story on it has a block finding, naming the story; warnings never block", () => {
    const { db, users, seedPage } = t;
    // a word of the seed's own text (the 代办员 story), banned for the test
    setTerms(db, users.chief.id, [term("banned", "代办员")]);
    const submitted = transitionPage(db, { pageId: seedPage.id, action: "submit", actor: users.editor });
    expect(submitted.state).toBe("submitted");
    proofreadPage(db, seedPage.id);
    const e = refusal(() => transitionPage(db, { pageId: seedPage.id, action: "sign", actor: users.chief }));
    expect([e.status, e.key]).toEqual([409, "page.cannotSign"]);
    expect(renderMessage("zh-CN", e.reason)).toMatch(/^版面还不能签版：「[^」]+」有未处理的禁用内容：禁用词「代办员」/);

    // a warning only: the page is signed
    setTerms(db, users.chief.id, [term("caution", "代办员")]);
    expect(transitionPage(db, { pageId: seedPage.id, action: "sign", actor: users.chief }).state).toBe("signed");
  });
});
