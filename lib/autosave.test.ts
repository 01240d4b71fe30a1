import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveEngine, DEBOUNCE_MS, ERROR_RETRY_MS, OFFLINE_RETRY_MS, type AutosaveEnv, type SaveFailure } from "./autosave";
import type { LockInfo } from "./lease-policy";
import type { DraftContent, StoredDraft } from "./story-draft";

const text = (body: string[], headline = "党支部唱响两新组织发展主旋律"): DraftContent => ({
  kicker: null,
  headline,
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: [],
  bylines: [{ name: "李梦", role: "reporter" }],
});
const BASE = text(["第一段。"]);
const holder: LockInfo = { holderId: 3, holderName: "值班总编", acquiredAt: "2019-01-09T08:00:00.000Z", expiresAt: 0 };

/** A save the test answers by hand. */
interface PendingSave {
  vars: { baseVersion: number; content: DraftContent };
  resolve: (version: number) => void;
  reject: (err: unknown) => void;
}

/** An error the fake env classifies as `failure`. */
class Refusal extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.kind);
  }
}

function setup(version = 4) {
  const saves: PendingSave[] = [];
  const drafts = new Map<number, StoredDraft>();
  const keepalive: { baseVersion: number; content: DraftContent }[] = [];
  const env: AutosaveEnv & { online: boolean } = {
    online: true,
    isOnline: () => env.online,
    drafts: { write: (d) => drafts.set(d.storyId, d), clear: (id) => drafts.delete(id) },
    sendKeepalive: (_id, baseVersion, content) => keepalive.push({ baseVersion, content }),
    failure: (err) => (err as Refusal).failure,
  };
  const engine = new AutosaveEngine(12, version, BASE, env);
  const onSaved = vi.fn();
  const onLeaseConflict = vi.fn();
  engine.connect({
    save: (vars) =>
      new Promise((resolve, reject) => {
        saves.push({ vars, resolve: (v) => resolve({ version: v, revision: 1, changed: true }), reject });
      }),
    onSaved,
    onLeaseConflict,
  });
  return { engine, env, saves, drafts, keepalive, onSaved, onLeaseConflict, status: () => engine.getSnapshot().status };
}

/** Let promise callbacks run (the engine's loop awaits the save). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave: debounce → saving → saved", () => {
  it("keeps the text locally at once, saves when typing pauses, and clears the draft when the server has it", async () => {
    const t = setup();
    const typed = text(["第一段。", "第二段。"]);
    t.engine.change(typed);
    expect(t.status()).toBe("dirty");
    expect(t.drafts.get(12)).toMatchObject({ storyId: 12, baseVersion: 4, base: BASE, content: typed });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(t.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.status()).toBe("saving");
    expect(t.saves[0].vars).toEqual({ baseVersion: 4, content: typed });
    t.saves[0].resolve(5);
    await settle();
    expect(t.engine.getSnapshot()).toMatchObject({ status: "saved", version: 5 });
    expect(t.drafts.has(12)).toBe(false);
    expect(t.onSaved).toHaveBeenCalledTimes(1);
    expect(t.engine.isClean()).toBe(true);
  });

  it("waits for typing to pause: each keystroke restarts the debounce", async () => {
    const t = setup();
    t.engine.change(text(["甲"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 100);
    t.engine.change(text(["甲乙"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 100);
    expect(t.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(t.saves.map((s) => s.vars.content.body)).toEqual([["甲乙"]]);
  });

  it("typing back to the saved text drops the local draft and saves nothing", async () => {
    const t = setup();
    t.engine.change(text(["改了"]));
    t.engine.change(BASE);
    expect(t.drafts.has(12)).toBe(false);
    expect(t.status()).toBe("saved");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(t.saves).toHaveLength(0);
  });
});

describe("autosave: one save at a time, always the latest text", () => {
  it("queues what is typed during a save and sends only the newest text after it", async () => {
    const t = setup();
    t.engine.change(text(["一"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.engine.change(text(["一二"]));
    t.engine.change(text(["一二三"]));
    expect(t.status()).toBe("saving");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.saves).toHaveLength(1); // never two in flight
    t.saves[0].resolve(5);
    await settle();
    // the server has 一, not the latest: the draft stays, and the latest goes out on version 5
    expect(t.drafts.get(12)?.content.body).toEqual(["一二三"]);
    expect(t.saves[1].vars).toEqual({ baseVersion: 5, content: text(["一二三"]) });
    t.saves[1].resolve(6);
    await settle();
    expect(t.saves).toHaveLength(2);
    expect(t.engine.getSnapshot()).toMatchObject({ status: "saved", version: 6 });
    expect(t.drafts.has(12)).toBe(false);
  });

  it("a flush while a save is in flight resolves once the latest text is saved", async () => {
    const t = setup();
    t.engine.change(text(["一"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.engine.change(text(["一二"]));
    const flushed = t.engine.flush();
    let done: boolean | undefined;
    void flushed.then((v) => (done = v));
    t.saves[0].resolve(5);
    await settle();
    expect(done).toBeUndefined();
    t.saves[1].resolve(6);
    await settle();
    expect(done).toBe(true);
    expect(t.saves.map((s) => s.vars.content.body)).toEqual([["一"], ["一二"]]);
  });
});

describe("autosave: offline", () => {
  it("does not send while offline, keeps the draft, and saves when the network is back", async () => {
    const t = setup();
    t.env.online = false;
    t.engine.change(text(["离线时写的"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS);
    expect(t.saves).toHaveLength(0);
    expect(t.drafts.get(12)?.content.body).toEqual(["离线时写的"]);
    t.env.online = true;
    t.engine.online();
    await settle();
    expect(t.saves[0].vars.content.body).toEqual(["离线时写的"]);
  });

  it("a save lost to the network is offline and is retried", async () => {
    const t = setup();
    t.engine.change(text(["丢包"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.saves[0].reject(new Refusal({ kind: "network" }));
    await settle();
    expect(t.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(OFFLINE_RETRY_MS);
    expect(t.saves).toHaveLength(2);
    expect(t.saves[1].vars.content.body).toEqual(["丢包"]);
  });
});

describe("autosave: 409", () => {
  it("a stale save becomes a conflict that keeps the user's text, locally too, until they decide", async () => {
    const t = setup();
    const mine = text(["第一段。", "我的段。"]);
    const server = text(["第一段。", "服务器的段。"]);
    t.engine.change(mine);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.saves[0].reject(new Refusal({ kind: "stale", current: server, version: 7 }));
    await settle();
    expect(t.engine.getSnapshot()).toMatchObject({ status: "conflict", conflict: { server, version: 7, base: BASE } });
    expect(t.drafts.get(12)?.content).toEqual(mine);
    // typing on during the conflict is kept locally, never sent on the old version
    t.engine.change(text(["第一段。", "我的段。", "又一段。"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + ERROR_RETRY_MS);
    expect(t.saves).toHaveLength(1);
    expect(t.drafts.get(12)?.content.body).toHaveLength(3);
    // the merge is saved on the server's version
    const merged = text(["第一段。", "服务器的段。", "我的段。", "又一段。"]);
    void t.engine.resolve(merged, 7, server);
    await settle();
    expect(t.saves[1].vars).toEqual({ baseVersion: 7, content: merged });
  });

  it("rebases without asking when only the version moved (the server text is the base)", async () => {
    const t = setup();
    t.engine.change(text(["新段"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.saves[0].reject(new Refusal({ kind: "stale", current: { ...BASE, bylines: [{ personId: 5, name: "李梦", role: "reporter" }] }, version: 6 }));
    await settle();
    expect(t.status()).toBe("saving");
    expect(t.saves[1].vars).toEqual({ baseVersion: 6, content: text(["新段"]) });
  });

  it("a lease held by someone else is a conflict that tells the page who holds it", async () => {
    const t = setup();
    t.engine.change(text(["被接手"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.saves[0].reject(new Refusal({ kind: "lease", lock: holder, message: "值班总编 正在编辑" }));
    await settle();
    expect(t.engine.getSnapshot()).toMatchObject({ status: "conflict", message: "值班总编 正在编辑" });
    expect(t.onLeaseConflict).toHaveBeenCalledWith(holder);
    expect(t.drafts.get(12)?.content.body).toEqual(["被接手"]);
  });
});

describe("autosave: refusals", () => {
  it("does not send what the server would refuse (a sidebar without a title)", async () => {
    const t = setup();
    t.engine.change({ ...BASE, sidebars: [{ title: "", paragraphs: ["链接"] }] });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.engine.getSnapshot()).toMatchObject({ status: "error", issue: "sidebarTitleMissing" });
    expect(t.saves).toHaveLength(0);
  });

  it("retries a server error, not a refusal", async () => {
    const t = setup();
    t.engine.change(text(["五百"]));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.saves[0].reject(new Refusal({ kind: "failed", message: "server error", retry: true }));
    await settle();
    expect(t.engine.getSnapshot()).toMatchObject({ status: "error", message: "server error" });
    await vi.advanceTimersByTimeAsync(ERROR_RETRY_MS);
    expect(t.saves).toHaveLength(2);
    t.saves[1].reject(new Refusal({ kind: "failed", message: "forbidden", retry: false }));
    await settle();
    await vi.advanceTimersByTimeAsync(ERROR_RETRY_MS * 3);
    expect(t.saves).toHaveLength(2);
  });
});

describe("autosave: newer server text and leaving the page", () => {
  it("adopts a newer server version only when nothing typed is pending", async () => {
    const t = setup();
    const newer = text(["别人改过"]);
    t.engine.change(text(["我在打字"]));
    expect(t.engine.adoptIfClean(newer, 9)).toBe(false);
    expect(t.drafts.get(12)?.content.body).toEqual(["我在打字"]);
    const clean = setup();
    expect(clean.engine.adoptIfClean(newer, 3)).toBe(false); // not newer
    expect(clean.engine.adoptIfClean(newer, 9)).toBe(true);
    expect(clean.engine.getSnapshot().version).toBe(9);
    expect(clean.engine.currentVersion()).toBe(9);
  });

  it("sends pending text with keepalive when the page goes away, nothing when clean or in conflict", async () => {
    const t = setup();
    t.engine.sendPending();
    expect(t.keepalive).toHaveLength(0);
    t.engine.change(text(["最后一刻"]));
    t.engine.dispose();
    expect(t.keepalive).toEqual([{ baseVersion: 4, content: text(["最后一刻"]) }]);
    expect(t.drafts.has(12)).toBe(true); // the safety net stays
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.saves).toHaveLength(0);
  });
});
