import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures";

/**
 * 三校 (docs/PROOFING.md): 赵敏 marks two errors on a submitted page's proof, 李强 accepts one (the story text changes,
 * a revision appears) and rejects the other with a reason, 赵敏 signs three rounds — and only then may the chief sign.
 */
test.use({ login: "liqiang" });

/** Selects `text` inside the first proof-anchored story text that holds it, as a mouse would, and lets the view read it. */
async function selectOnProof(page: Page, text: string): Promise<void> {
  await page.getByTestId("proofing-sheet").evaluate((root, wanted) => {
    for (const el of root.querySelectorAll<HTMLElement>("[data-proof-field]")) {
      // The text is set in runs (digits apart): find it in the element's whole text, then the nodes it spans.
      const at = el.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (at >= seen && at < seen + len) range.setStart(node, at - seen);
        if (at + wanted.length > seen && at + wanted.length <= seen + len) range.setEnd(node, at + wanted.length - seen);
        seen += len;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`「${wanted}」 is not on the proof`);
  }, text);
}

test("a proofreader marks, the 责任编辑 accepts one and rejects one, three rounds are signed, then the chief signs", async ({ desk, api, pageAs }) => {
  test.setTimeout(180_000);
  const story = await desk.storyLike("省妇联到聊城调研");
  let pg = await desk.page({ name: `校对版${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  pg = await desk.layOut(pg, [{ storyId: story.id, firstColumn: 1, columnSpan: 4, topLine: 10 }]);
  pg = await desk.advance(pg, "submitted");
  const { story: before } = await (await (await api.as("liqiang")).get(`/api/stories/${story.id}`)).json();
  const paragraph: string = before.body[0];
  const first = paragraph.slice(2, 4);
  const second = paragraph.slice(8, 10);

  // 赵敏 marks two spans on the proof.
  const proofreader = await pageAs("zhaomin");
  await proofreader.setViewportSize({ width: 1440, height: 900 });
  const url = `/editions/${desk.date}/pages/${pg.number}/proofing`;
  await open(proofreader, url);
  for (const [marked, correction] of [
    [first, "【甲】"],
    [second, "【乙】"],
  ]) {
    await selectOnProof(proofreader, marked);
    await expect(proofreader.getByTestId("proof-selected")).toHaveText(marked);
    await proofreader.getByLabel(/改为/).fill(correction);
    await proofreader.getByRole("button", { name: "加标记" }).click();
    await expect(proofreader.getByTestId("proof-mark").filter({ has: proofreader.locator("del", { hasText: marked }) })).toBeVisible();
  }
  await expect(proofreader.getByTestId("proof-mark")).toHaveCount(2);
  await proofreader.screenshot({ path: "test-results/screens/proofing-1440x900.png" });
  await proofreader.setViewportSize({ width: 390, height: 844 });
  await proofreader.screenshot({ path: "test-results/screens/proofing-390x844.png", fullPage: true });
  await proofreader.setViewportSize({ width: 1440, height: 900 });

  // Before the rounds, 签版 is refused with the reasons.
  const refused = await (await api.as("chief")).post(`/api/pages/${pg.id}/transitions`, { data: { action: "sign" } });
  expect(refused.status()).toBe(409);
  const why = (await refused.json()).error.message as string;
  expect(why).toContain("一校未签字");
  expect(why).toContain("还有 2 处校对标记未处理");

  // 李强 accepts the first (the text changes, a revision appears) and rejects the second with a reason.
  const editor = await pageAs("liqiang");
  await open(editor, url);
  const markOf = (marked: string) => editor.getByTestId("proof-mark").filter({ has: editor.locator("del", { hasText: marked }) });
  await markOf(first).getByRole("button", { name: "采用", exact: true }).click();
  await expect(markOf(first)).toHaveAttribute("data-state", "accepted");
  await markOf(second).getByRole("button", { name: "不采用" }).click();
  await markOf(second).getByLabel("理由").fill("原文无误");
  await markOf(second).getByRole("button", { name: "不采用" }).click();
  await expect(markOf(second)).toHaveAttribute("data-state", "rejected");
  await expect(markOf(second).getByTestId("proof-mark-reason")).toHaveText("理由：原文无误");
  const { story: after } = await (await (await api.as("liqiang")).get(`/api/stories/${story.id}`)).json();
  expect(after.body[0]).toBe(paragraph.slice(0, 2) + "【甲】" + paragraph.slice(4));
  const revisions = await (await (await api.as("liqiang")).get(`/api/stories/${story.id}/revisions`)).json();
  expect((revisions.revisions as { cause: string }[])[0].cause).toBe("proof-mark");

  // 赵敏 signs 一校, 二校, 三校 in order.
  proofreader.on("dialog", (d) => void d.accept());
  await open(proofreader, url);
  for (const [round, name] of [
    [1, "一校"],
    [2, "二校"],
    [3, "三校"],
  ] as const) {
    await proofreader.getByRole("button", { name: `${name}签字` }).click();
    await expect(proofreader.locator(`[data-testid=proof-round][data-round="${round}"]`)).toHaveAttribute("data-signed", "yes");
  }
  await expect(proofreader.getByText("各校次已签字")).toBeVisible();

  // Only now the chief signs.
  const signed = await (await api.as("chief")).post(`/api/pages/${pg.id}/transitions`, { data: { action: "sign" } });
  expect(signed.status(), await signed.text()).toBe(200);
});

test("a proofreader sees 待校对 and nothing of the desk", async ({ desk, pageAs, api }) => {
  const pg = await desk.page({ name: `待校对${Math.random().toString(36).slice(2, 6)}`, state: "layout" });
  const proofreader = await pageAs("zhaomin");
  await open(proofreader, "/");
  await expect(proofreader.getByTestId("queue-proofing")).toBeVisible();
  await expect(proofreader.getByRole("link", { name: "稿库" })).toHaveCount(0);
  // A page in layout is not theirs to read.
  expect((await (await api.as("zhaomin")).get(`/api/pages/${pg.id}`)).status()).toBe(403);
  expect((await (await api.as("zhaomin")).get(`/api/stories?edition=${desk.date}`)).status()).toBe(403);
});
