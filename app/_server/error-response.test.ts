import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStory } from "@/db/commands/create-story";
import { transitionStory } from "@/db/commands/transition-story";
import { makeTestDb } from "@/db/test-db";
import { idParam } from "./schemas";
import { errorResponse, requestLocale } from "./error-response";
import { parseParams } from "./route";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "chief", name: "值班总编", role: "chief" },
  ]);
});
afterAll(() => t.close());

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

async function body(err: unknown, locale: "zh-CN" | "en") {
  const res = errorResponse(err, locale);
  return { status: res.status, json: await res.json() };
}

describe("the error response", () => {
  it("words a command's refusal in the caller's language, with its code, key and details", async () => {
    const story = createStory(t.db, { editionDate: "2019-01-09", slug: "两新党建", kind: "article", actor: t.users.chief });
    const err = thrown(() => transitionStory(t.db, { storyId: story.id, action: "approve", actor: t.users.chief }));

    const zh = await body(err, "zh-CN");
    expect(zh.status).toBe(409);
    expect(zh.json.error).toEqual({
      code: "conflict",
      key: "story.badTransition",
      message: "「草稿」的稿件不能「终审通过」",
      details: { action: "approve", from: "draft", allowedFrom: ["edited", "reviewed"] },
    });
    expect(zh.json.from).toBe("draft");

    const en = await body(err, "en");
    expect(en.json.error.message).toBe("cannot “Approve (final review)”: the story is “Draft”");
    expect(en.json.error.key).toBe("story.badTransition");
  });

  it("words a role refusal and a missing reason with the catalogue's labels", async () => {
    const story = createStory(t.db, { editionDate: "2019-01-09", slug: "短讯", kind: "brief", actor: t.users.chief });
    const role = thrown(() => transitionStory(t.db, { storyId: story.id, action: "spike", reason: "重复", actor: t.users.limeng }));
    expect((await body(role, "zh-CN")).json.error.message).toBe("「撤稿」需要编辑权限");
    expect((await body(role, "en")).json.error.message).toBe("“Spike” needs the Editor role");
    const reason = thrown(() => transitionStory(t.db, { storyId: story.id, action: "spike", actor: t.users.chief }));
    expect((await body(reason, "zh-CN")).json.error).toMatchObject({ code: "bad_request", key: "workflow.reasonRequired", message: "「撤稿」需要填写理由" });
    expect((await body(reason, "en")).json.error.message).toBe("a reason is required for “Spike”");
  });

  it("words validation errors in the caller's language, keeping `path: message`", async () => {
    const keyed = thrown(() => parseParams({ id: "-3" }, idParam));
    expect((await body(keyed, "zh-CN")).json.error).toEqual({ code: "bad_request", key: "request.invalid", message: "id: id 须为正整数" });
    expect((await body(keyed, "en")).json.error.message).toBe("id: id must be a positive integer");

    const byZod = thrown(() => parseParams({}, idParam));
    const zh = (await body(byZod, "zh-CN")).json.error.message as string;
    const en = (await body(byZod, "en")).json.error.message as string;
    expect(zh).toMatch(/^id: .*[\u4e00-\u9fff]/);
    expect(en).toMatch(/^id: Invalid input/);
  });

  it("hides an unexpected error behind a worded 500", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const res = await body(new Error("disk on fire"), "zh-CN");
      expect(res.status).toBe(500);
      expect(res.json.error).toEqual({ code: "internal", key: "internal", message: "服务器内部错误" });
    } finally {
      console.error = original;
    }
  });
});

describe("requestLocale", () => {
  const req = (headers: Record<string, string>) => new Request("http://localhost/api/me", { headers });
  it("takes the signed-in user's language first", () => {
    expect(requestLocale(req({ cookie: "newsdesk-locale=zh-CN", "accept-language": "zh-CN" }), { locale: "en" })).toBe("en");
  });
  it("then the cookie, then Accept-Language, then zh-CN", () => {
    expect(requestLocale(req({ cookie: "a=1; newsdesk-locale=en", "accept-language": "zh-CN" }))).toBe("en");
    expect(requestLocale(req({ "accept-language": "en-GB,en;q=0.9" }))).toBe("en");
    expect(requestLocale(req({ "accept-language": "fr-FR, zh-TW;q=0.8, en;q=0.5" }))).toBe("zh-CN");
    expect(requestLocale(req({ "accept-language": "fr" }))).toBe("zh-CN");
    expect(requestLocale(req({ cookie: "newsdesk-locale=de" }))).toBe("zh-CN");
  });
});
