import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { makeTestDb } from "../test-db";
import { auditEvents, comments, notifications, storyRevisions } from "../schema";
import { createStory } from "./create-story";
import { updateStory } from "./update-story";
import { transitionStory } from "./transition-story";
import { acquireStoryLock } from "./acquire-story-lock";
import { releaseStoryLock } from "./release-story-lock";
import { restoreRevision } from "./restore-revision";
import { writeRevision, COALESCE_MS } from "./write-revision";
import type { StoryText } from "@/lib/story-text";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "xiaohui", name: "肖会", role: "reporter" },
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "wang", name: "王编", role: "editor" },
    { login: "chief", name: "值班总编", role: "chief" },
  ]);
});
afterAll(() => t.close());

const content = (body: string[], headline = "党支部唱响两新组织发展主旋律"): StoryText => ({
  kicker: "扎牢党建根基 增强内生动力",
  headline,
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.status} ${e.code}`;
    throw e;
  }
  return "ok";
}

describe("a story through the desk", () => {
  it("goes assign → start → write → file → return → refile → pass → approve, with revisions, audit and notices", () => {
    const { db, users } = t;
    const story = createStory(db, { editionDate: "2019-01-09", slug: "两新党建", kind: "article", assigneeIds: [users.limeng.id], targetLength: 1500, actor: users.liqiang });
    expect(story.status).toBe("assigned");
    expect(db.select().from(notifications).where(eq(notifications.userId, users.limeng.id)).all().map((n) => n.kind)).toEqual(["assigned"]);

    // someone else's reporter may not start it
    expect(code(() => transitionStory(db, { storyId: story.id, action: "start", actor: users.xiaohui }))).toBe("403 forbidden");
    let r = transitionStory(db, { storyId: story.id, action: "start", actor: users.limeng });
    expect(r.status).toBe("draft");
    const saved = updateStory(db, { storyId: story.id, baseVersion: r.version, content: content(["如何确保党的组织在两新组织生根发芽？"]), actor: users.limeng });
    expect(saved.changed).toBe(true);
    // the same text again: no new version, no revision
    expect(updateStory(db, { storyId: story.id, baseVersion: saved.version, content: content(["如何确保党的组织在两新组织生根发芽？"]), actor: users.limeng })).toEqual({ version: saved.version, revision: null, changed: false });
    // stale base version: 409 with the server copy
    try {
      updateStory(db, { storyId: story.id, baseVersion: saved.version - 1, content: content(["旧的"]), actor: users.limeng });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).status).toBe(409);
      expect((e as DomainError).details).toMatchObject({ version: saved.version, current: { body: ["如何确保党的组织在两新组织生根发芽？"] } });
    }
    r = transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    expect(r.status).toBe("filed");
    // a reporter may not pass; an editor may not return without a reason
    expect(code(() => transitionStory(db, { storyId: story.id, action: "pass", actor: users.limeng }))).toBe("403 forbidden");
    expect(code(() => transitionStory(db, { storyId: story.id, action: "return", reason: "  ", actor: users.liqiang }))).toBe("400 bad_request");
    r = transitionStory(db, { storyId: story.id, action: "return", reason: "导语太长，请压缩到两句", actor: users.liqiang });
    expect(r.status).toBe("returned");
    expect(db.select().from(comments).all().map((c) => c.body)).toContain("【退回】导语太长，请压缩到两句");
    expect(db.select().from(notifications).where(eq(notifications.userId, users.limeng.id)).all().map((n) => n.kind)).toContain("returned");

    const fixed = updateStory(db, { storyId: story.id, baseVersion: r.version, content: content(["党的组织在两新组织生根发芽。"]), actor: users.limeng });
    transitionStory(db, { storyId: story.id, action: "file", actor: users.limeng });
    r = transitionStory(db, { storyId: story.id, action: "pass", actor: users.chief });
    expect(r.status).toBe("edited");
    // the chief who passed may not also approve the same story
    expect(code(() => transitionStory(db, { storyId: story.id, action: "approve", actor: users.chief }))).toBe("403 forbidden");
    expect(fixed.changed).toBe(true);

    const audit = db.select().from(auditEvents).where(eq(auditEvents.entityId, story.id)).all().filter((a) => a.entityType === "story");
    expect(audit.map((a) => `${a.action}:${a.fromState ?? ""}>${a.toState ?? ""}`)).toEqual([
      "assign:>assigned",
      "start:assigned>draft",
      "file:draft>filed",
      "return:filed>returned",
      "file:returned>filed",
      "pass:filed>edited",
    ]);
    const causes = db.select().from(storyRevisions).where(eq(storyRevisions.storyId, story.id)).all().map((v) => v.cause);
    // edits by the same person within minutes coalesce; each transition cuts one
    expect(causes).toEqual(["create", "start", "edit", "file", "return", "edit", "file", "pass"]);
  });

  it("an editor's pass and a chief's approve end in approved", () => {
    const { db, users } = t;
    const s = createStory(db, { editionDate: "2019-01-09", slug: "科普专家", kind: "article", actor: users.xiaohui });
    expect(s.status).toBe("draft");
    transitionStory(db, { storyId: s.id, action: "file", actor: users.xiaohui });
    transitionStory(db, { storyId: s.id, action: "pass", actor: users.liqiang });
    expect(transitionStory(db, { storyId: s.id, action: "approve", actor: users.chief }).status).toBe("approved");
    expect(code(() => transitionStory(db, { storyId: s.id, action: "approve", actor: users.chief }))).toBe("409 conflict");
    const spiked = transitionStory(db, { storyId: s.id, action: "spike", reason: "重复", actor: users.liqiang });
    expect(spiked.status).toBe("spiked");
    expect(transitionStory(db, { storyId: s.id, action: "unspike", actor: users.liqiang }).status).toBe("approved");
  });
});

describe("lease lock", () => {
  it("lets one holder save, refuses others, and hands over on take-over", () => {
    const { db, users } = t;
    const s = createStory(db, { editionDate: "2019-01-09", slug: "锁", kind: "article", actor: users.liqiang });
    acquireStoryLock(db, { storyId: s.id, actor: users.liqiang });
    expect(code(() => acquireStoryLock(db, { storyId: s.id, actor: users.wang }))).toBe("409 conflict");
    expect(code(() => updateStory(db, { storyId: s.id, baseVersion: 1, content: content(["王编的字"]), actor: users.wang }))).toBe("409 conflict");
    expect(code(() => acquireStoryLock(db, { storyId: s.id, actor: users.xiaohui, takeOver: true }))).toBe("403 forbidden");
    const taken = acquireStoryLock(db, { storyId: s.id, actor: users.wang, takeOver: true });
    expect(taken.holderName).toBe("王编");
    expect(db.select().from(notifications).where(eq(notifications.userId, users.liqiang.id)).all().map((n) => n.kind)).toContain("taken_over");
    expect(updateStory(db, { storyId: s.id, baseVersion: 1, content: content(["王编的字"]), actor: users.wang }).changed).toBe(true);
    releaseStoryLock(db, { storyId: s.id, actorId: users.liqiang.id }); // not the holder: no effect
    expect(code(() => acquireStoryLock(db, { storyId: s.id, actor: users.liqiang }))).toBe("409 conflict");
    releaseStoryLock(db, { storyId: s.id, actorId: users.wang.id });
    expect(acquireStoryLock(db, { storyId: s.id, actor: users.liqiang }).holderName).toBe("李强");
  });

  it("expires on its own", () => {
    const { db, users } = t;
    const s = createStory(db, { editionDate: "2019-01-09", slug: "过期", kind: "article", actor: users.liqiang });
    acquireStoryLock(db, { storyId: s.id, actor: users.liqiang, now: Date.now() - 10 * 60_000 });
    expect(acquireStoryLock(db, { storyId: s.id, actor: users.wang }).holderName).toBe("王编");
  });
});

describe("revisions", () => {
  it("coalesce one person's edits within the window, not across it, and restore as a new revision", () => {
    const { db, users } = t;
    const s = createStory(db, { editionDate: "2019-01-09", slug: "修订", kind: "article", actor: users.liqiang });
    const base = { kicker: null, headline: "甲", subheadline: null, dateline: null, body: [], sidebars: [], bylines: [] };
    const t0 = new Date("2019-01-09T08:00:00Z");
    db.transaction((tx) => {
      expect(writeRevision(tx, { storyId: s.id, storyVersion: 2, authorId: users.liqiang.id, cause: "edit", content: base, now: t0 })).toBe(2);
      expect(writeRevision(tx, { storyId: s.id, storyVersion: 3, authorId: users.liqiang.id, cause: "edit", content: base, now: new Date(t0.getTime() + 60_000) })).toBe(2);
      expect(writeRevision(tx, { storyId: s.id, storyVersion: 4, authorId: users.wang.id, cause: "edit", content: base, now: new Date(t0.getTime() + 90_000) })).toBe(3);
      expect(writeRevision(tx, { storyId: s.id, storyVersion: 5, authorId: users.wang.id, cause: "edit", content: base, now: new Date(t0.getTime() + 90_000 + COALESCE_MS) })).toBe(4);
    });
    const v1 = updateStory(db, { storyId: s.id, baseVersion: 1, content: content(["第一稿"]), actor: users.liqiang });
    const v2 = updateStory(db, { storyId: s.id, baseVersion: v1.version, content: content(["第二稿"]), actor: users.liqiang });
    const first = db.select().from(storyRevisions).where(eq(storyRevisions.storyId, s.id)).all().find((r) => JSON.stringify(r.content).includes("第一稿"));
    // first and second edit coalesced into one revision, which now holds the second text
    expect(first).toBeUndefined();
    const restored = restoreRevision(db, { storyId: s.id, number: 1, baseVersion: v2.version, actor: users.liqiang });
    expect(restored.version).toBe(v2.version + 1);
    const last = db.select().from(storyRevisions).where(eq(storyRevisions.storyId, s.id)).all().at(-1)!;
    expect(last.cause).toBe("restore:1");
    expect(code(() => restoreRevision(db, { storyId: s.id, number: 99, baseVersion: restored.version, actor: users.liqiang }))).toBe("404 not_found");
  });
});
