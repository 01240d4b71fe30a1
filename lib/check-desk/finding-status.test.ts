import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/check/types";
import { countFindings, isCheckGated, openBlocks, sortFindings, withDismissals } from "./finding-status";

const finding = (key: string, severity: "block" | "warn", over: Partial<Finding> = {}): Finding => ({
  rule: severity === "block" ? "banned" : "caution",
  severity,
  field: "body",
  paragraph: 0,
  start: 0,
  end: 1,
  text: "词",
  suggestion: null,
  term: null,
  key,
  ...over,
});

describe("withDismissals", () => {
  it.each([
    ["warn", "dismiss", "dismissed"],
    ["warn", "override", "open"],
    ["block", "override", "overridden"],
    ["block", "dismiss", "open"],
    ["block", undefined, "open"],
    ["warn", undefined, "open"],
  ] as const)("a %s finding with %s is %s", (severity, kind, status) => {
    const [f] = withDismissals([finding("k", severity)], kind ? [{ key: "k", kind }] : []);
    expect(f.status).toBe(status);
  });

  it("matches by key only", () => {
    const [f] = withDismissals([finding("a", "warn")], [{ key: "b", kind: "dismiss" }]);
    expect(f.status).toBe("open");
  });
});

describe("counts and blocks", () => {
  const checked = withDismissals(
    [finding("b1", "block"), finding("b2", "block"), finding("w1", "warn"), finding("w2", "warn"), finding("w3", "warn")],
    [
      { key: "b2", kind: "override" },
      { key: "w1", kind: "dismiss" },
    ],
  );
  it("counts open, overridden and dismissed apart", () => {
    expect(countFindings(checked)).toEqual({ blockOpen: 1, warnOpen: 2, blockOverridden: 1, warnDismissed: 1 });
  });
  it("only open blocks block", () => {
    expect(openBlocks(checked).map((f) => f.key)).toEqual(["b1"]);
  });
});

describe("gated actions", () => {
  it.each([
    ["file", true],
    ["pass", true],
    ["approve", true],
    ["review", true],
    ["return", false],
    ["spike", false],
    ["start", false],
  ])("%s gated: %s", (action, gated) => expect(isCheckGated(action)).toBe(gated));
});

describe("sortFindings", () => {
  it("blocks first, then reading order", () => {
    const sorted = sortFindings([
      finding("w-head", "warn", { field: "headline" }),
      finding("b-body2", "block", { paragraph: 2 }),
      finding("b-body1", "block", { paragraph: 1, start: 5 }),
      finding("b-body1a", "block", { paragraph: 1, start: 1 }),
    ]);
    expect(sorted.map((f) => f.key)).toEqual(["b-body1a", "b-body1", "b-body2", "w-head"]);
  });
});
