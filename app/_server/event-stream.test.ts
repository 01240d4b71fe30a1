import { describe, expect, it } from "vitest";
import { EventHub } from "@/lib/live/event-hub";
import { openEventStream } from "./event-stream";

const reporter = { id: 1, role: "reporter" as const };

/** Reads the stream's text until `until` matches (or the stream ends). */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: RegExp, sofar = { text: "" }) {
  const decoder = new TextDecoder();
  while (!until.test(sofar.text)) {
    const { value, done } = await reader.read();
    if (done) return { ...sofar, done: true };
    sofar.text += decoder.decode(value);
  }
  return { ...sofar, done: false };
}

describe("an event stream", () => {
  it("is text/event-stream that no proxy or compression buffers", () => {
    const res = openEventStream({ user: reporter, signal: new AbortController().signal, hub: new EventHub() });
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    void res.body?.cancel();
  });

  it("starts with retry, then carries the events its user may receive, and heartbeats", async () => {
    const hub = new EventHub();
    const res = openEventStream({ user: reporter, signal: new AbortController().signal, hub, heartbeatMs: 20, reread: () => reporter });
    const reader = res.body!.getReader();
    const first = await readUntil(reader, /: connected\n\n/);
    expect(first.text.startsWith("retry: 3000\n\n")).toBe(true);
    hub.publish([{ type: "notification", userId: 2 }, { type: "story", id: 7, editionDate: "2018-03-01" }, { type: "notification", userId: 1 }]);
    const later = await readUntil(reader, /: heartbeat\n\n/, first);
    expect(later.text).toContain('data: {"type":"story","id":7,"editionDate":"2018-03-01"}\n\n');
    expect(later.text).toContain('data: {"type":"notification","userId":1}\n\n');
    expect(later.text).not.toContain('"userId":2');
    await reader.cancel();
  });

  it("leaves the hub when the client goes: the request aborted, or the body cancelled", async () => {
    const hub = new EventHub();
    const aborted = new AbortController();
    openEventStream({ user: reporter, signal: aborted.signal, hub });
    const res = openEventStream({ user: { id: 2, role: "editor" }, signal: new AbortController().signal, hub });
    expect(hub.count()).toBe(2);
    aborted.abort();
    expect(hub.count(1)).toBe(0);
    await res.body!.cancel();
    expect(hub.count()).toBe(0);
  });

  it("ends when the user is gone or has another role at a heartbeat", async () => {
    const hub = new EventHub();
    let current: { id: number; role: "reporter" | "editor" } | undefined = reporter;
    const res = openEventStream({ user: reporter, signal: new AbortController().signal, hub, heartbeatMs: 10, reread: () => current });
    const reader = res.body!.getReader();
    await readUntil(reader, /: heartbeat\n\n/);
    current = { id: 1, role: "editor" };
    const end = await readUntil(reader, /(?!)/);
    expect(end.done).toBe(true);
    expect(hub.count()).toBe(0);
  });

  it("the oldest of a user's streams past the cap ends with `superseded`", async () => {
    const hub = new EventHub(2);
    const oldest = openEventStream({ user: reporter, signal: new AbortController().signal, hub }).body!.getReader();
    openEventStream({ user: reporter, signal: new AbortController().signal, hub });
    openEventStream({ user: reporter, signal: new AbortController().signal, hub });
    const text = await readUntil(oldest, /(?!)/);
    expect(text.done).toBe(true);
    expect(text.text).toMatch(/event: superseded\ndata: \{\}\n\n$/);
    expect(hub.count(1)).toBe(2);
  });
});
