import { describe, expect, it } from "vitest";
import { featureCss, featureRuns } from "./render-runs";

describe("featureRuns", () => {
  it("marks ASCII runs half width and dashes/middle dots full width, leaving CJK alone", () => {
    expect(featureRuns("本报2018年—·聊城 COVID-19，")).toEqual([
      { text: "本报", feature: null },
      { text: "2018", feature: "hwid" },
      { text: "年", feature: null },
      { text: "—·", feature: "fwid" },
      { text: "聊城", feature: null },
      { text: " COVID-19", feature: "hwid" },
      { text: "，", feature: null },
    ]);
  });

  it("gives the CSS value for a feature", () => {
    expect(featureCss("hwid")).toBe('"hwid" 1');
    expect(featureCss(null)).toBeNull();
  });
});
