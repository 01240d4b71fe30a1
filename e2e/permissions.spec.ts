import { expect, test } from "./fixtures";

test("a reporter calling an editor-only API gets 403 and nothing changes", async ({ api }) => {
  const request = await api.as("limeng");
  const res = await request.patch("/api/pages/1", { data: { baseVersion: 1, name: "改名" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("forbidden");
  const users = await request.post("/api/users", { data: { login: "x1", name: "X", role: "chief", password: "longenough" } });
  expect(users.status()).toBe(403);
});

test("an admin has no editorial power: the budget API is 403", async ({ api }) => {
  const request = await api.as("admin");
  expect((await request.get("/api/stories?edition=2019-01-09")).status()).toBe(403);
});

// On a page of the test's own edition (the seed page is only read).
test("an editor's page change carries its version: bad input 400, stale 409", async ({ api, desk }) => {
  const request = await api.as("liqiang");
  const page = await desk.page();
  expect(page.version).toBe(1);
  expect((await request.patch(`/api/pages/${page.id}`, { data: { baseVersion: "one" } })).status()).toBe(400);
  expect((await request.patch(`/api/pages/${page.id}`, { data: "{not json", headers: { "content-type": "application/json" } })).status()).toBe(400);
  expect((await request.patch("/api/pages/abc", { data: { baseVersion: 1 } })).status()).toBe(400);
  expect((await request.patch("/api/pages/9999", { data: { baseVersion: 1 } })).status()).toBe(404);
  const me = (await (await request.get("/api/me")).json()).user;
  const ok = await request.patch(`/api/pages/${page.id}`, { data: { baseVersion: 1, name: page.name, responsibleEditorId: me.id } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).version).toBe(2);
  const stale = await request.patch(`/api/pages/${page.id}`, { data: { baseVersion: 1, name: "别的名字" } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details.version).toBe(2);
});

test("budget and story APIs validate their input", async ({ api }) => {
  const request = await api.as("xiaohui");
  expect((await request.get("/api/stories")).status()).toBe(400);
  expect((await request.get("/api/stories?edition=2019-13-45")).status()).toBe(400);
  expect((await request.get("/api/stories?edition=2019-01-09&status=lost")).status()).toBe(400);
  // the seed's stories were printed: published, none left approved
  expect((await (await request.get("/api/stories?edition=2019-01-09&status=approved")).json()).items).toHaveLength(0);
  const budget = await request.get("/api/stories?edition=2019-01-09&status=published");
  expect((await budget.json()).items).toHaveLength(8);
  expect((await request.get("/api/stories/0")).status()).toBe(400);
  expect((await request.get("/api/stories/99999")).status()).toBe(404);
  const story = await (await request.get("/api/stories/1")).json();
  expect(story.story.version).toBe(2); // approved at version 1, published at 付印
  expect(JSON.stringify(story)).not.toContain("password");
});

test("an edition is opened by the desk on a free, real date", async ({ api, edition, editionDates }) => {
  const open = async (login: Parameters<typeof api.as>[0], data: unknown) => (await api.as(login)).post("/api/editions", { data });
  expect((await open("anonymous", { date: editionDates.next() })).status()).toBe(401);
  expect((await open("limeng", { date: editionDates.next() })).status()).toBe(403);
  expect((await open("admin", { date: editionDates.next() })).status()).toBe(403);
  for (const date of ["2019-02-30", "2019-13-45", "20190109", "", null]) expect((await open("liqiang", { date })).status(), `date ${date}`).toBe(400);
  expect((await open("liqiang", {})).status()).toBe(400);
  const taken = await open("chief", { date: "2019-01-09" });
  expect(taken.status()).toBe(409);
  expect((await taken.json()).error.code).toBe("conflict");
  expect((await open("liqiang", { date: edition.date })).status()).toBe(409);
  // The chief may open one too (the editor opened `edition`, through the fixture).
  let res = await open("chief", { date: editionDates.next() });
  while (res.status() === 409) res = await open("chief", { date: editionDates.next() });
  expect(res.status()).toBe(201);
  expect((await res.json()).edition).toMatchObject({ publication: "大众日报", note: null });
});
