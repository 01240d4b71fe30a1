import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StoryText } from "@/lib/story-text";
import { makeSeededDb, type TestUser } from "../test-db";
import { stories } from "../schema";
import { createStory } from "../commands/create-story";
import { createUser } from "../commands/create-user";
import { updateStory } from "../commands/update-story";
import { similarStories } from "./similar-stories";

let t: ReturnType<typeof makeSeededDb>;
let otherReporter: TestUser;
beforeEach(async () => {
  t = makeSeededDb();
  const u = await createUser(t.db, { login: "other", name: "王另", role: "reporter", password: "password-1" });
  otherReporter = { id: u.id, role: u.role, name: u.name };
});
afterEach(() => t.close());

/** A seed story (2019-01-09, published) by its headline. */
function seedStory(headline: string) {
  const row = t.db.select({ id: stories.id, body: stories.body }).from(stories).where(eq(stories.headline, headline)).get()!;
  return { id: row.id, body: row.body };
}

function write(editionDate: string, headline: string, body: string[], actor: TestUser = t.users.reporter) {
  const { id, version } = createStory(t.db, { editionDate, slug: "相似", kind: "article", actor });
  const content: StoryText = { kicker: null, headline, subheadline: null, dateline: null, body, sidebars: [], bylines: [{ name: actor.name, role: "reporter" }] };
  updateStory(t.db, { storyId: id, baseVersion: version, content, actor });
  return id;
}

const similarIds = (id: number, user: TestUser = t.users.editor) => similarStories(t.db, id, user)!.map((s) => s.id);

describe("similar stories over the seed's text", () => {
  // 聊城28人入选省科普专家人才库 and a follow-up the next day that takes up its names and its rules.
  const talent = () => seedStory("聊城28人入选省科普专家人才库");

  it("finds the earlier story on the same topic first, with its facts, and not an unrelated one", () => {
    const a = talent();
    const followUp = write("2019-01-10", "科普专家人才库专家走进社区", [a.body[1], "入库专家将广泛开展各类社会科普活动。"]);
    const found = similarStories(t.db, followUp, t.users.editor)!;
    expect(found[0]).toMatchObject({ id: a.id, headline: "聊城28人入选省科普专家人才库", editionDate: "2019-01-09", status: "published" });
    expect(found[0].zi).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    // 省妇联到聊城调研 shares only common words (聊城, 开展) with it.
    expect(found.map((s) => s.id)).not.toContain(seedStory("省妇联到聊城调研").id);
  });

  it("finds both earlier stories of a topic that ran twice", () => {
    const a = talent();
    const second = write("2019-01-10", "我市科普专家人才库再添新成员", [a.body[1]]);
    const third = write("2019-01-10", "科普专家人才库专家开展活动", [a.body[1], a.body[2]]);
    expect(similarIds(third).slice(0, 2).sort()).toEqual([a.id, second].sort());
  });

  it("lists only earlier stories: not a later edition's, not one written later in the same edition", () => {
    const a = talent();
    const later = write("2019-01-10", "科普专家人才库专家走进社区", [a.body[1], a.body[2]]);
    const sameEditionLater = write("2019-01-09", "科普专家人才库专家走进乡村", [a.body[1], a.body[2]]);
    expect(similarIds(a.id)).not.toContain(later);
    expect(similarIds(a.id)).not.toContain(sameEditionLater);
    // …while the later ones find it (and the 2019-01-10 one finds the 2019-01-09 one written after a)
    expect(similarIds(later)).toEqual(expect.arrayContaining([a.id, sameEditionLater]));
  });

  it("keeps another reporter's draft out of a reporter's list, as search does", () => {
    const a = talent();
    const othersDraft = write("2019-01-09", "科普专家人才库名单解读", [a.body[1], a.body[2]], otherReporter);
    const mine = write("2019-01-10", "科普专家人才库专家走进社区", [a.body[1], a.body[2]]);
    expect(similarIds(mine, t.users.editor)).toContain(othersDraft);
    expect(similarIds(mine, t.users.reporter)).not.toContain(othersDraft);
    expect(similarIds(mine, t.users.reporter)).toContain(a.id);
    // the other reporter sees their own draft beside their next story
    const theirNext = write("2019-01-10", "科普专家人才库专家开展活动", [a.body[1], a.body[2]], otherReporter);
    expect(similarIds(theirNext, otherReporter)).toContain(othersDraft);
    expect(similarIds(theirNext, otherReporter)).not.toContain(mine);
  });

  it("has nothing for a story of common words only, and null for no story", () => {
    const plain = write("2019-01-10", "聊城", ["聊城开展活动。"]);
    expect(similarStories(t.db, plain, t.users.editor)).toEqual([]);
    expect(similarStories(t.db, 987654, t.users.editor)).toBeNull();
  });
});

describe("who may ask", () => {
  it("answers null (404) to a reporter asking about another reporter's draft, as search would not find it", () => {
    const othersDraft = write("2019-01-10", "科普专家人才库名单解读", ["聊城共有三大类28人入选。"], otherReporter);
    expect(similarStories(t.db, othersDraft, t.users.reporter)).toBeNull();
    expect(similarStories(t.db, othersDraft, otherReporter)).toEqual(expect.any(Array));
    expect(similarStories(t.db, othersDraft, t.users.editor)).toEqual(expect.any(Array));
  });
});
