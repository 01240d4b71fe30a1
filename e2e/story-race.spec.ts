import { expect, test } from "./fixtures";

const content = (body: string[]) => ({
  kicker: null,
  headline: "市城管局 作好社区结对帮扶",
  subheadline: null,
  dateline: "本报聊城讯",
  body,
  sidebars: [],
  bylines: [{ name: "肖会", role: "reporter" }],
});

test("two editors saving the same version at once: exactly one wins, the other gets 409 with the server copy", async ({ api, edition }) => {
  const a = await api.as("liqiang");
  const b = await api.as("chief");
  const created = await a.post("/api/stories", { data: { edition: edition.date, slug: "竞争保存" } });
  const { story } = await created.json();
  for (let round = 0; round < 5; round++) {
    const { story: current } = await (await a.get(`/api/stories/${story.id}`)).json();
    const [ra, rb] = await Promise.all([
      a.patch(`/api/stories/${story.id}`, { data: { baseVersion: current.version, content: content([`甲编辑第${round}轮`]) } }),
      b.patch(`/api/stories/${story.id}`, { data: { baseVersion: current.version, content: content([`乙编辑第${round}轮`]) } }),
    ]);
    const statuses = [ra.status(), rb.status()].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = ra.status() === 409 ? ra : rb;
    const body = await loser.json();
    expect(body.version).toBe(current.version + 1);
    expect(body.current.body[0]).toMatch(/^(甲|乙)编辑第\d轮$/);
  }
});
