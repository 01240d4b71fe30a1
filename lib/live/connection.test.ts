import { describe, expect, it } from "vitest";
import { initialConnection, nextConnection, reconnectDelay, shouldPoll, type LiveConnection, type LiveEffect, type LiveSignal } from "./connection";

function run(signals: LiveSignal[], from: LiveConnection = initialConnection) {
  let state = from;
  const effects: LiveEffect[] = [];
  for (const s of signals) {
    const next = nextConnection(state, s);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

describe("the tab's event stream connection", () => {
  it("polls until the stream opens, then stops polling and refetches once", () => {
    const started = run([{ type: "start" }]);
    expect(started.effects).toEqual([{ type: "connect" }]);
    expect(shouldPoll(started.state)).toBe(true);
    const opened = run([{ type: "start" }, { type: "open" }]);
    expect(opened.state).toEqual({ status: "open" });
    expect(shouldPoll(opened.state)).toBe(false);
    expect(opened.effects).toEqual([{ type: "connect" }, { type: "resync" }]);
  });

  it("a drop the EventSource retries by itself: poll meanwhile, refetch again when it is back", () => {
    const dropped = run([{ type: "start" }, { type: "open" }, { type: "error", closed: false }]);
    expect(dropped.state.status).toBe("connecting");
    expect(shouldPoll(dropped.state)).toBe(true);
    const back = run([{ type: "open" }], dropped.state);
    expect(back.effects).toEqual([{ type: "resync" }]);
    expect(shouldPoll(back.state)).toBe(false);
  });

  it("an answer that ends the EventSource (401, 503): close it, poll, and try again with a growing delay", () => {
    const refused = run([{ type: "start" }, { type: "error", closed: true }]);
    expect(refused.state).toEqual({ status: "waiting", failures: 1 });
    expect(refused.effects).toEqual([{ type: "connect" }, { type: "close" }, { type: "wait", ms: 2_000 }]);
    const again = run([{ type: "retry" }, { type: "error", closed: true }], refused.state);
    expect(again.effects).toEqual([{ type: "connect" }, { type: "close" }, { type: "wait", ms: 4_000 }]);
    expect(shouldPoll(again.state)).toBe(true);
    // once it opens the count starts over
    const ok = run([{ type: "retry" }, { type: "open" }, { type: "error", closed: true }], again.state);
    expect(ok.effects.at(-1)).toEqual({ type: "wait", ms: 2_000 });
  });

  it("superseded by a newer tab: poll, and connect again only when this tab is looked at", () => {
    const superseded = run([{ type: "start" }, { type: "open" }, { type: "superseded" }]);
    expect(superseded.state).toEqual({ status: "superseded" });
    expect(superseded.effects.at(-1)).toEqual({ type: "close" });
    expect(shouldPoll(superseded.state)).toBe(true);
    // the EventSource's own error on being closed does not start a retry
    expect(run([{ type: "error", closed: true }, { type: "retry" }], superseded.state).effects).toEqual([]);
    expect(run([{ type: "visible" }], superseded.state).effects).toEqual([{ type: "connect" }]);
  });

  it("ignores signals that do not apply (a second start, visible while open, a stray retry)", () => {
    const open = run([{ type: "start" }, { type: "open" }]).state;
    for (const s of [{ type: "start" }, { type: "visible" }, { type: "retry" }] as LiveSignal[]) expect(nextConnection(open, s)).toEqual({ state: open, effects: [] });
  });

  it("backs off from 2 s doubling to a minute", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(reconnectDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });
});
