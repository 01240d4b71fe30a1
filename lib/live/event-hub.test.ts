import { describe, expect, it } from "vitest";
import { EventHub, type LiveSubscriber } from "./event-hub";
import type { LiveEvent } from "./live-events";
import type { Role } from "../roles";

function stream(userId: number, role: Role = "reporter") {
  const got: LiveEvent[] = [];
  let superseded = false;
  const sub: LiveSubscriber = { userId, role, send: (e) => got.push(e), supersede: () => (superseded = true) };
  return { sub, got, isSuperseded: () => superseded };
}

describe("the event hub", () => {
  it("sends each stream what its user may know, and nothing after it leaves", () => {
    const hub = new EventHub();
    const reporter = stream(1);
    const other = stream(2);
    const admin = stream(3, "admin");
    const leave = hub.subscribe(reporter.sub);
    hub.subscribe(other.sub);
    hub.subscribe(admin.sub);
    hub.publish([
      { type: "story", id: 10, editionDate: "2018-03-01" },
      { type: "notification", userId: 2 },
    ]);
    expect(reporter.got).toEqual([{ type: "story", id: 10, editionDate: "2018-03-01" }]);
    expect(other.got).toEqual([{ type: "story", id: 10, editionDate: "2018-03-01" }, { type: "notification", userId: 2 }]);
    expect(admin.got).toEqual([]);
    leave();
    leave();
    hub.publish([{ type: "lock", storyId: 10 }]);
    expect(reporter.got).toHaveLength(1);
    expect(other.got).toHaveLength(3);
    expect(hub.count()).toBe(2);
  });

  it("sends one write's repeated events once", () => {
    const hub = new EventHub();
    const s = stream(1);
    hub.subscribe(s.sub);
    hub.publish([{ type: "lock", storyId: 4 }, { type: "lock", storyId: 4 }]);
    expect(s.got).toEqual([{ type: "lock", storyId: 4 }]);
  });

  it("keeps at most the cap of streams per user, superseding the oldest", () => {
    const hub = new EventHub(2);
    const [a, b, c] = [stream(1), stream(1), stream(1)];
    const someoneElse = stream(2);
    hub.subscribe(a.sub);
    hub.subscribe(someoneElse.sub);
    hub.subscribe(b.sub);
    expect(a.isSuperseded()).toBe(false);
    hub.subscribe(c.sub);
    expect([a.isSuperseded(), b.isSuperseded(), c.isSuperseded(), someoneElse.isSuperseded()]).toEqual([true, false, false, false]);
    expect(hub.count(1)).toBe(2);
    hub.publish([{ type: "page", id: 1, editionDate: "2018-03-01" }]);
    expect(a.got).toEqual([]);
    expect(c.got).toHaveLength(1);
  });
});
