import { describe, expect, it } from "vitest";
import { splitActionPrefix } from "./comment-prefix";

describe("splitActionPrefix", () => {
  it("reads the workflow's 【action】 prefix off a note", () => {
    expect(splitActionPrefix("【退回】导语太长")).toEqual({ action: "return", text: "导语太长" });
    expect(splitActionPrefix("【撤稿】重复")).toEqual({ action: "spike", text: "重复" });
  });
  it("leaves other notes whole", () => {
    expect(splitActionPrefix("【注意】核实数字")).toEqual({ action: null, text: "【注意】核实数字" });
    expect(splitActionPrefix("请补充采访")).toEqual({ action: null, text: "请补充采访" });
  });
});
