import { describe, expect, it } from "vitest";
import { distinctEvents, mayReceive, parseLiveEvent, sseFrame, type LiveEvent } from "./live-events";

describe("who a live event may go to", () => {
  const story: LiveEvent = { type: "story", id: 5, editionDate: "2018-03-01" };
  it("a notification goes only to its own user, whatever their role", () => {
    const n: LiveEvent = { type: "notification", userId: 7 };
    expect(mayReceive(n, { userId: 7, role: "reporter" })).toBe(true);
    expect(mayReceive(n, { userId: 8, role: "reporter" })).toBe(false);
    expect(mayReceive(n, { userId: 8, role: "chief" })).toBe(false);
    expect(mayReceive(n, { userId: 7, role: "admin" })).toBe(true);
  });
  it("story, lock, page and comment events go to every editorial role, not to an admin", () => {
    for (const e of [story, { type: "lock", storyId: 5 }, { type: "comments", storyId: 5 }, { type: "page", id: 2, editionDate: "2018-03-01" }] as LiveEvent[]) {
      expect(mayReceive(e, { userId: 1, role: "reporter" })).toBe(true);
      expect(mayReceive(e, { userId: 1, role: "chief" })).toBe(true);
      expect(mayReceive(e, { userId: 1, role: "admin" })).toBe(false);
    }
  });
});

describe("the wire format", () => {
  it("reads back what the server writes", () => {
    const events: LiveEvent[] = [
      { type: "story", id: 5, editionDate: "2018-03-01" },
      { type: "page", id: 9, editionDate: "2018-03-01" },
      { type: "lock", storyId: 5 },
      { type: "comments", storyId: 5 },
      { type: "notification", userId: 3 },
    ];
    for (const e of events) {
      const frame = sseFrame.event(e);
      expect(frame).toMatch(/^data: .*\n\n$/);
      expect(parseLiveEvent(frame.slice("data: ".length, -2))).toEqual(e);
    }
  });
  it("ignores what is not an event instead of throwing", () => {
    for (const bad of ["", "nope", "null", "42", '{"type":"story","id":"5","editionDate":"2018-03-01"}', '{"type":"story","id":5}', '{"type":"lock","storyId":-1}', '{"type":"secret"}']) {
      expect(parseLiveEvent(bad)).toBeNull();
    }
  });
  it("drops extra fields: only ids and dates ever reach the tab", () => {
    expect(parseLiveEvent('{"type":"notification","userId":3,"text":"x"}')).toEqual({ type: "notification", userId: 3 });
  });
  it("heartbeats are comments and retry is a field", () => {
    expect(sseFrame.comment("heartbeat")).toBe(": heartbeat\n\n");
    expect(sseFrame.retry(3000)).toBe("retry: 3000\n\n");
    expect(sseFrame.named("superseded", {})).toBe("event: superseded\ndata: {}\n\n");
  });
  it("folds repeats of one event", () => {
    const a: LiveEvent = { type: "story", id: 1, editionDate: "2018-03-01" };
    expect(distinctEvents([a, { type: "lock", storyId: 1 }, { ...a }, { type: "story", id: 2, editionDate: "2018-03-01" }])).toHaveLength(3);
  });
});
