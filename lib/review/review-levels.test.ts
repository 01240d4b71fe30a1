import { describe, expect, it } from "vitest";
import { STORY_STATES, type StoryState } from "../story-kinds";
import { levelsOf, opinionRequired, otherLevelHeld, reviewLevelCount, reviewLevelOf, type ReviewAct } from "./review-levels";

describe("levelsOf", () => {
  it("two levels are 初审 and 终审; three put 复审 between", () => {
    expect(levelsOf(2)).toEqual(["first", "final"]);
    expect(levelsOf(3)).toEqual(["first", "second", "final"]);
  });
  it("reads a stored count as 2 unless it is 3", () => {
    expect([reviewLevelCount(3), reviewLevelCount(2), reviewLevelCount(null), reviewLevelCount(7)]).toEqual([3, 2, 2, 2]);
  });
});

describe("reviewLevelOf: the level an action acts at", () => {
  const table: { action: string; from: StoryState; two: string | null; three: string | null }[] = [
    { action: "pass", from: "filed", two: "first", three: "first" },
    { action: "review", from: "edited", two: "second", three: "second" },
    { action: "approve", from: "edited", two: "final", three: "final" },
    { action: "approve", from: "reviewed", two: "final", three: "final" },
    { action: "return", from: "filed", two: "first", three: "first" },
    { action: "return", from: "edited", two: "final", three: "second" },
    { action: "return", from: "reviewed", two: "final", three: "final" },
  ];
  it.each(table)("$action from $from", ({ action, from, two, three }) => {
    expect(reviewLevelOf(action, from, 2)).toBe(two);
    expect(reviewLevelOf(action, from, 3)).toBe(three);
  });
  it("no other action is a review", () => {
    for (const action of ["start", "file", "spike", "unspike", "publish", "recall"])
      for (const from of STORY_STATES) expect(reviewLevelOf(action, from, 3)).toBeNull();
    for (const from of ["assigned", "draft", "approved", "returned", "spiked", "published"] as const) expect(reviewLevelOf("return", from, 3)).toBeNull();
  });
});

describe("otherLevelHeld: one person, one level, across versions", () => {
  const acts: ReviewAct[] = [
    { level: "first", outcome: "passed", reviewerId: 3 },
    { level: "second", outcome: "returned", reviewerId: 6 },
    { level: "first", outcome: "passed", reviewerId: 4 },
    { level: "second", outcome: "passed", reviewerId: 6 },
  ];
  it("finds the level another pass of this person holds", () => {
    expect(otherLevelHeld(acts, 3, "final")).toBe("first");
    expect(otherLevelHeld(acts, 3, "second")).toBe("first");
    expect(otherLevelHeld(acts, 6, "final")).toBe("second");
    expect(otherLevelHeld(acts, 6, "first")).toBe("second");
  });
  it("lets a person act again at the level they hold, and anyone who holds none", () => {
    expect(otherLevelHeld(acts, 3, "first")).toBeNull();
    expect(otherLevelHeld(acts, 6, "second")).toBeNull();
    expect(otherLevelHeld(acts, 1, "final")).toBeNull();
  });
  it("a return holds no level", () => {
    expect(otherLevelHeld([{ level: "first", outcome: "returned", reviewerId: 1 }], 1, "final")).toBeNull();
  });
  it("the opinion is required only when returning", () => {
    expect(opinionRequired("returned")).toBe(true);
    expect(opinionRequired("passed")).toBe(false);
  });
});
