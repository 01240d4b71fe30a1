import { describe, expect, it } from "vitest";
import { filingLengthWarning } from "./filing-length";

describe("filingLengthWarning", () => {
  it.each([
    { zi: 0, target: 800, want: { kind: "short", percent: 0 } },
    { zi: 399, target: 800, want: { kind: "short", percent: 50 } },
    { zi: 400, target: 800, want: null },
    { zi: 800, target: 800, want: null },
    { zi: 1200, target: 800, want: null },
    { zi: 1201, target: 800, want: { kind: "long", percent: 150 } },
    { zi: 2400, target: 800, want: { kind: "long", percent: 300 } },
    { zi: 10, target: null, want: null },
    { zi: 10, target: 0, want: null },
  ])("$zi 字 against $target", ({ zi, target, want }) => {
    const got = filingLengthWarning(zi, target);
    if (want === null) expect(got).toBeNull();
    else expect(got).toEqual({ ...want, zi, target });
  });
});
