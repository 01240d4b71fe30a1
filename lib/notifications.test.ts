import { describe, expect, it } from "vitest";
import { renderNotification, type Notice } from "./notifications";

const notices: [Notice, string, string][] = [
  [{ kind: "assigned", params: { actor: "李强", story: "两新党建" } }, "李强 派稿给你：「两新党建」", "李强 assigned you “两新党建”"],
  [{ kind: "filed", params: { actor: "李梦", story: "党支部唱响两新组织发展主旋律" } }, "李梦 交稿：「党支部唱响两新组织发展主旋律」", "李梦 filed “党支部唱响两新组织发展主旋律”"],
  [{ kind: "returned", params: { story: "短讯", reason: "数据需核实" } }, "「短讯」被退回：数据需核实", "“短讯” was returned: 数据需核实"],
  [{ kind: "passed", params: { story: "短讯" } }, "「短讯」初审通过", "“短讯”: Pass (first review)"],
  [{ kind: "approved", params: { story: "短讯" } }, "「短讯」终审通过", "“短讯”: Approve (final review)"],
  [
    { kind: "taken_over", params: { actor: "李强", story: "短讯" } },
    "李强 接手编辑「短讯」；你未保存的文字仍保留在你的浏览器中",
    "李强 took over editing “短讯”; your unsaved text is still in your browser",
  ],
  [{ kind: "legacy", params: { text: "旧的通知" } }, "旧的通知", "旧的通知"],
];

describe("renderNotification", () => {
  it.each(notices)("words %o in Chinese and English", (notice, zh, en) => {
    expect(renderNotification("zh-CN", notice)).toBe(zh);
    expect(renderNotification("en", notice)).toBe(en);
  });
  it("keeps user text as it is (no ICU in names, titles or reasons)", () => {
    expect(renderNotification("en", { kind: "returned", params: { story: "{a} it's", reason: "<b>#1</b>" } })).toBe("“{a} it's” was returned: <b>#1</b>");
  });
  it("drops stored values that are not plain text or numbers", () => {
    expect(renderNotification("zh-CN", { kind: "legacy", params: { text: "旧", extra: { x: 1 } } })).toBe("旧");
  });
});
