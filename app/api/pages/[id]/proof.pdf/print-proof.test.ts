import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chromium } from "playwright-core";
import { chromiumArgs, printQueue, ProofAbortedError, ProofBusyError } from "./print-proof";

describe("the proof print queue", () => {
  it("runs one print at a time, keeps a short line and refuses beyond it", async () => {
    const queue = printQueue(2);
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const work = () =>
      new Promise<string>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        release.push(() => {
          running -= 1;
          resolve("pdf");
        });
      });
    const first = queue.run(work);
    const second = queue.run(work);
    const third = queue.run(work);
    await expect(queue.run(work)).rejects.toBeInstanceOf(ProofBusyError);
    expect(queue.length).toBe(3);
    while (release.length || queue.length) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    expect(await Promise.all([first, second, third])).toEqual(["pdf", "pdf", "pdf"]);
    expect(most).toBe(1);
  });

  it("lets a caller who went away leave the line", async () => {
    const queue = printQueue(1);
    let done!: () => void;
    const first = queue.run(() => new Promise<void>((r) => (done = r)));
    const gone = new AbortController();
    const waiting = queue.run(async () => "never", gone.signal);
    gone.abort();
    await expect(waiting).rejects.toBeInstanceOf(ProofAbortedError);
    // Its place is free again: another caller may wait.
    const next = queue.run(async () => "printed");
    done();
    await first;
    expect(await next).toBe("printed");
  });
});

describe("Chromium's sandbox", () => {
  it("stays on unless the server runs as root, where Chromium cannot start with it", () => {
    expect(chromiumArgs({ root: false })).not.toContain("--no-sandbox");
    expect(chromiumArgs({ root: true })).toContain("--no-sandbox");
  });
});

const hasChromium = fs.existsSync("/usr/bin/chromium") || !!process.env.NEWSDESK_CHROMIUM;

describe.runIf(hasChromium)("printing with one shared Chromium", () => {
  let server: http.Server;
  let slowRequests = 0;
  let print: typeof import("./print-proof").printProofPdf;
  let Aborted: typeof ProofAbortedError;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/slow") {
        slowRequests += 1;
        return; // never answers: only an abort ends this print
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><style>@page{size:100mm 100mm}</style><p>大样</p>");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    process.env.NEWSDESK_PROOF_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    vi.resetModules();
    // A module of its own, reading the origin above (env() is parsed once per module).
    ({ printProofPdf: print, ProofAbortedError: Aborted } = await import("./print-proof"));
  });
  afterAll(() => server.close());

  it("launches Chromium once for several prints, again after it died, and stops a print whose caller left", { timeout: 120_000 }, async () => {
    const launch = vi.spyOn(chromium, "launch");
    const pdf = await print({ paths: ["/proof"], cookie: null });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await print({ paths: ["/proof"], cookie: null });
    expect(launch).toHaveBeenCalledTimes(1);

    const browser = await launch.mock.results[0].value;
    await browser.close(); // as if Chromium crashed
    expect((await print({ paths: ["/proof"], cookie: null })).subarray(0, 5).toString()).toBe("%PDF-");
    expect(launch).toHaveBeenCalledTimes(2);

    const gone = new AbortController();
    const stuck = print({ paths: ["/slow"], cookie: null, signal: gone.signal });
    await vi.waitFor(() => expect(slowRequests).toBe(1), { timeout: 30_000 });
    gone.abort();
    await expect(stuck).rejects.toBeInstanceOf(Aborted);
    // The queue is free again at once (not after the 30 s page timeout).
    expect((await print({ paths: ["/proof"], cookie: null })).subarray(0, 5).toString()).toBe("%PDF-");
    (await launch.mock.results[1].value).close();
  });
});
