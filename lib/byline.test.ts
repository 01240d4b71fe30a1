import { describe, expect, it } from "vitest";
import { formatByline } from "./byline";

describe("formatByline", () => {
  it("sets reporters and correspondents on separate lines behind □", () => {
    expect(
      formatByline([
        { name: "李梦", role: "reporter" },
        { name: "孙亚飞", role: "reporter" },
        { name: "宋宇", role: "correspondent" },
        { name: "陈亿卓", role: "correspondent" },
      ]),
    ).toEqual(["□ 本报记者 李梦 孙亚飞", "本报通讯员 宋宇 陈亿卓"]);
  });

  it("sets a credit-only byline on one line ending in 报道", () => {
    expect(formatByline([{ name: "孙亚飞", role: "credit" }, { name: "仝茹茹", role: "credit" }])).toEqual([
      "□孙亚飞 仝茹茹 报道",
    ]);
  });

  it("credits a photo news item's photographers the printed way", () => {
    expect(formatByline([{ name: "王兆锋", role: "photographer" }, { name: "赵玉国", role: "photographer" }])).toEqual([
      "□王兆锋 赵玉国 报道",
    ]);
  });

  it("has no lines without people", () => {
    expect(formatByline([])).toEqual([]);
  });
});
