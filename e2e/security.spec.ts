import http from "node:http";
import { expect, open, PASSWORD, test } from "./fixtures";

/**
 * The defences of docs/SECURITY.md against the real server: CSRF (Origin + JSON), security headers, the
 * streamed body limit, sign-in throttling by the connection's address, and no open redirect.
 */

const base = () => new URL(test.info().project.use.baseURL!);

test("writes from another origin or with a non-JSON body are refused and change nothing", async ({ edition, api, sessions }) => {
  // Signed in; each request's own headers below replace the Origin the client sends by default.
  const reporter = await api.as("limeng");
  const own = base().origin;
  const slug = (s: string) => `csrf-${s}-${Date.now() % 100000}`;
  const attempts: { headers: Record<string, string>; status: number; slug: string }[] = [
    { headers: { origin: "http://evil.example", "content-type": "application/json" }, status: 403, slug: slug("foreign") },
    { headers: { origin: `http://localhost:${Number(base().port) + 1}`, "content-type": "application/json" }, status: 403, slug: slug("port") },
    { headers: { origin: own, "content-type": "text/plain" }, status: 415, slug: slug("plain") },
  ];
  for (const a of attempts) {
    const res = await reporter.post("/api/stories", { headers: a.headers, data: JSON.stringify({ edition: edition.date, slug: a.slug }) });
    expect(res.status(), JSON.stringify(a.headers)).toBe(a.status);
  }
  expect((await reporter.patch("/api/me", { headers: { origin: "http://evil.example" }, data: { locale: "en" } })).status()).toBe(403);
  // A bodiless write from a sandboxed frame or a privacy redirect (Origin: null).
  expect((await reporter.post(`/api/notifications`, { headers: { origin: "null" } })).status()).toBe(403);
  // No Origin, no Sec-Fetch-Site, no Referer at all (what Playwright's clients cannot leave out): refused too.
  const cookie = (await sessions.of("limeng")).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const body = JSON.stringify({ edition: edition.date, slug: slug("none") });
  const bare = await rawRequest({
    method: "POST",
    path: "/api/stories",
    headers: { cookie, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    body: (req) => req.end(body),
  });
  expect(bare.status).toBe(403);
  const budget = await reporter.get(`/api/stories?edition=${edition.date}`);
  expect(((await budget.json()).items as { slug: string }[]).filter((s) => s.slug.startsWith("csrf-"))).toEqual([]);
  // The same write from our own origin goes through.
  const ok = await reporter.post("/api/stories", { headers: { origin: own }, data: { edition: edition.date, slug: slug("own") } });
  expect(ok.status()).toBe(201);
});

test("pages carry a nonce CSP and the other security headers, and still hydrate; the API has its own set", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/login");
  await page.locator("body[data-hydrated]").waitFor();
  const h = response!.headers();
  const csp = h["content-security-policy"];
  const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-frame-options"]).toBe("DENY");
  // Served over http here, so no HSTS (a browser ignores it over http anyway; see lib/security-headers.ts).
  expect(h["strict-transport-security"]).toBeUndefined();
  // A fresh nonce for every answer.
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  expect(violations).toEqual([]);

  for (const path of ["/api/health", "/api/openapi.json", "/api/stories?edition=2019-01-09"]) {
    const api = (await request.get(path)).headers();
    expect(api["x-content-type-options"], path).toBe("nosniff");
    expect(api["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});

test.describe("signed-in pages", () => {
  test.use({ login: "liqiang" });
  test("hydrate under the CSP with no violation", async ({ page }) => {
    test.setTimeout(90_000); // five screens, on a machine shared by parallel specs
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const url of ["/", "/editions/2019-01-09", "/editions/2019-01-09/pages", "/editions/2019-01-09/pages/1/layout", "/proof/2019-01-09/1"]) {
      await open(page, url);
    }
    expect(violations).toEqual([]);
  });
});

/** Raw HTTP, for what Playwright's client will not do: a chunked body, a chosen local address. */
function rawRequest(opts: http.RequestOptions & { body?: (req: http.ClientRequest) => void }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: Number(base().port), ...opts }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy(); // an upload still going (the 413 test) ends here
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (opts.body) opts.body(req);
    else req.end();
  });
}

test("a 50 MB chunked body is refused with 413 at the 1 MB limit, without the server reading it all", async ({ sessions, edition }) => {
  test.setTimeout(60_000);
  const cookie = (await sessions.of("limeng")).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { cookie, origin: base().origin, "content-type": "application/json" };
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  let sent = 0;
  const res = await rawRequest({
    method: "POST",
    path: "/api/stories",
    headers: { ...headers, "transfer-encoding": "chunked" },
    body: (req) => {
      req.write(`{"edition":"${edition.date}","slug":"`);
      let answered = false;
      req.on("response", () => (answered = true));
      const pump = () => {
        while (sent < 50 * 1024 * 1024 && !answered) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!answered) req.end('"}');
      };
      pump();
    },
  }).catch((err: Error) => ({ status: -1, headers: {}, body: err.message }));
  expect(res.status, res.body).toBe(413);
  expect(JSON.parse(res.body).error.key).toBe("request.bodyTooLarge");
  // The server answered long before all 50 MB were sent.
  expect(sent).toBeLessThan(50 * 1024 * 1024);

  const declared = await rawRequest({ method: "POST", path: "/api/stories", headers: { ...headers, "content-length": String(2_000_000) }, body: (req) => req.end() }).catch((err: Error) => ({ status: -1, headers: {}, body: err.message }));
  expect(declared.status).toBe(413);
});

/** One sign-in through next-auth's credentials endpoint from `localAddress`, claiming `forwardedFor`. */
async function rawSignIn(login: string, password: string, localAddress: string, forwardedFor?: string): Promise<string> {
  const xff = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await rawRequest({ path: "/api/auth/csrf", localAddress, headers: xff });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ csrfToken: JSON.parse(csrf.body).csrfToken, login, password, json: "true" }).toString();
  const res = await rawRequest({
    method: "POST",
    path: "/api/auth/callback/credentials",
    localAddress,
    headers: { ...xff, cookie, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(form)) },
    body: (req) => req.end(form),
  });
  let url = res.headers.location ?? "";
  try {
    url = (JSON.parse(res.body) as { url: string }).url; // 200 on success, 401 on failure, both {url}
  } catch {
    // a redirect, read from Location
  }
  const error = new URL(url, base()).searchParams.get("error");
  if (error) return error;
  // Signed in: next-auth set the session cookie.
  return (res.headers["set-cookie"] ?? []).some((c) => c.includes("session-token=")) ? "ok" : `unexpected ${res.status} ${url} ${res.body.slice(0, 200)}`;
}

test("rotating X-Forwarded-For does not get around the per-address sign-in limit", async ({ api }) => {
  test.setTimeout(180_000);
  // An address of its own on the loopback network (127.0.0.0/8), so the other tests' address stays unlocked.
  const attacker = `127.0.${10 + (test.info().workerIndex % 200)}.${1 + (Date.now() % 250)}`;
  for (let i = 0; i < 30; i++) expect(await rawSignIn(`spray-${i}`, "guess", attacker, `10.66.${i}.1`)).toBe("CredentialsSignin");
  expect(await rawSignIn("limeng", PASSWORD, attacker, "10.77.0.1")).toBe("RateLimited");
  // Not a lock-out of the account: limeng signs in from her own address.
  expect(await rawSignIn("limeng", PASSWORD, "127.0.0.1")).toBe("ok");
  expect((await (await api.as("limeng")).get("/api/me")).status()).toBe(200);
});

for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x", "https://evil.example/x"]) {
  test(`signing in from /login?callbackUrl=${callbackUrl} lands on our own site`, async ({ page }) => {
    await open(page, `/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("账号").fill("limeng");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(base().origin);
  });
}
