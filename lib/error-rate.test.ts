import { describe, expect, it } from "vitest";
import { defaultRangeEnding, errorRate, errorRateFigures, formatRate, monthOf, monthsSpanned, overLimit, rangeAllowed, roundedRate, sumCounts, isCorrectionErrorCount } from "./error-rate";

describe("差错率: errors per 10,000 字", () => {
  it.each([
    // errors, 字, rate, rounded
    [0, 12_000, 0, 0],
    [1, 10_000, 1, 1],
    [3, 10_000, 3, 3],
    [1, 3_000, 10_000 / 3_000, 3.33],
    [2, 3_000, 20_000 / 3_000, 6.67],
    [1, 8_000, 1.25, 1.25],
    [1, 1_600, 6.25, 6.25],
    [1, 80_000, 0.125, 0.13], // half away from zero
    [5, 2_531, 50_000 / 2_531, 19.76],
  ])("%i errors in %i 字 → 万分之%d (printed %d)", (errors, zi, rate, rounded) => {
    expect(errorRate(errors, zi)).toBeCloseTo(rate, 10);
    expect(roundedRate(errors, zi)).toBe(rounded);
  });

  it("has no rate without text (0 字), whatever the errors", () => {
    expect(errorRate(0, 0)).toBeNull();
    expect(errorRate(2, 0)).toBeNull();
    expect(roundedRate(2, 0)).toBeNull();
    expect(formatRate(null)).toBe("—");
  });

  it.each([
    [1.25, "1.25"],
    [3, "3.00"],
    [0, "0.00"],
    [6.7, "6.70"],
  ])("writes %d as %s", (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe("the limit 万分之三 (《报纸期刊质量管理规定》)", () => {
  it.each([
    // errors, 字, over
    [3, 10_000, false], // exactly 万分之三 passes
    [4, 10_000, true],
    [1, 3_333, true], // 3.0003…
    [1, 3_334, false], // 2.9994…: below, though it prints as 3.00
    [1, 3_000, true],
    [0, 100, false],
    [1, 0, false], // no text, no rate, no flag
    [30_000, 100_000_000, false], // a year of a big daily: exactly at the line
    [30_001, 100_000_000, true], // one more is over, where a float rate would be 3.0001
  ])("%i errors in %i 字: over = %s", (errors, zi, over) => {
    expect(overLimit(errors, zi)).toBe(over);
  });

  it("flags on the corrections after release only, never on what proofreading caught", () => {
    const caughtMany = errorRateFigures({ zi: 2_000, caught: 9, corrections: 0, published: 0 });
    expect(caughtMany).toMatchObject({ caughtRate: 45, publishedRate: 0, flagged: false });
    const oneInPrint = errorRateFigures({ zi: 2_000, caught: 0, corrections: 1, published: 1 });
    expect(oneInPrint).toMatchObject({ caughtRate: 0, publishedRate: 5, flagged: true });
  });

  it("totals sum the counts and take the rate of the sums (not an average of the rates)", () => {
    const total = sumCounts([
      { zi: 1_000, caught: 1, corrections: 1, published: 1 }, // 万分之10
      { zi: 99_000, caught: 2, corrections: 0, published: 0 }, // 0
    ]);
    expect(total).toEqual({ zi: 100_000, caught: 3, corrections: 1, published: 1 });
    expect(errorRateFigures(total)).toMatchObject({ publishedRate: 0.1, flagged: false });
    expect(sumCounts([])).toEqual({ zi: 0, caught: 0, corrections: 0, published: 0 });
  });
});

describe("a 更正 counts the errors it corrects, not one a notice", () => {
  it.each([
    // 字, the corrections' error counts, 见报差错, rate, over
    [10_000, [1], 1, 1, false],
    [10_000, [3], 3, 3, false], // one notice of three errors: exactly at the line, still passes
    [10_000, [4], 4, 4, true], // one notice, four errors: over, where counting notices said 万分之1
    [10_000, [1, 1, 1], 3, 3, false],
    [10_000, [2, 2], 4, 4, true],
    [2_000, [3], 3, 15, true], // two wrong names and a wrong number in one notice
    [200_000, [50], 50, 2.5, false],
    [0, [3], 3, null, false], // no text, no rate, no flag
  ])("%i 字 with corrections of %j errors → %i 见报差错, 万分之%s, over = %s", (zi, counts, errors, rate, over) => {
    const published = counts.reduce((a, n) => a + n, 0);
    const figures = errorRateFigures({ zi, caught: 0, corrections: counts.length, published });
    expect(figures).toEqual({ zi, caught: 0, corrections: counts.length, published: errors, caughtRate: zi ? 0 : null, publishedRate: rate, flagged: over });
  });

  it("sums notices and errors apart, and takes the rate from the errors", () => {
    const total = sumCounts([
      { zi: 5_000, caught: 0, corrections: 1, published: 3 },
      { zi: 5_000, caught: 2, corrections: 1, published: 1 },
    ]);
    expect(total).toEqual({ zi: 10_000, caught: 2, corrections: 2, published: 4 });
    expect(errorRateFigures(total)).toMatchObject({ publishedRate: 4, flagged: true });
  });

  it.each([
    [1, true],
    [3, true],
    [50, true],
    [0, false],
    [51, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
  ])("an error count of %d is %s", (n, ok) => {
    expect(isCorrectionErrorCount(n)).toBe(ok);
  });
});

describe("months and ranges", () => {
  it("puts an edition in the month of its date", () => {
    expect(monthOf("2019-01-31")).toBe("2019-01");
    expect(monthOf("2019-02-01")).toBe("2019-02");
  });

  it.each([
    ["2019-01-01", "2019-01-31", 1, true],
    ["2019-01-31", "2019-02-01", 2, true],
    ["2019-01-01", "2019-12-31", 12, true],
    ["2018-12-31", "2019-12-01", 13, false],
    ["2019-02-01", "2020-01-31", 12, true],
    ["2019-02-01", "2019-01-31", 0, false], // backwards
  ])("%s … %s spans %i months: allowed %s", (from, to, months, allowed) => {
    expect(monthsSpanned(from, to)).toBe(months);
    expect(rangeAllowed(from, to)).toBe(allowed);
  });

  it("defaults to the three calendar months up to the day", () => {
    expect(defaultRangeEnding("2019-01-10")).toEqual({ from: "2018-11-01", to: "2019-01-10" });
    expect(defaultRangeEnding("2019-12-31")).toEqual({ from: "2019-10-01", to: "2019-12-31" });
  });
});
