import { describe, expect, it } from "vitest";
import { dateRangeExpression, dateRangeTokens, editionDateTokens } from "./edition-dates";

describe("edition date tokens", () => {
  it("a date is its year, month and day", () => {
    expect(editionDateTokens("2019-01-09")).toBe("y2019 m201901 d20190109");
  });

  it.each([
    ["2019-01-09", "2019-01-09", ["d20190109"]],
    ["2019-01-01", "2019-12-31", ["y2019"]],
    ["2019-02-01", "2019-02-28", ["m201902"]],
    ["2020-02-01", "2020-02-28", Array.from({ length: 28 }, (_, i) => `d202002${String(i + 1).padStart(2, "0")}`)],
    ["2020-02-01", "2020-02-29", ["m202002"]],
    ["2019-01-30", "2019-03-02", ["d20190130", "d20190131", "m201902", "d20190301", "d20190302"]],
    ["2018-12-31", "2021-01-01", ["d20181231", "y2019", "y2020", "d20210101"]],
    ["2019-11-15", "2020-02-03", ["d20191115", "d20191116", "d20191117", "d20191118", "d20191119", "d20191120", "d20191121", "d20191122", "d20191123", "d20191124", "d20191125", "d20191126", "d20191127", "d20191128", "d20191129", "d20191130", "m201912", "m202001", "d20200201", "d20200202", "d20200203"]],
    ["2019-01-10", "2019-01-09", []],
  ])("%s..%s is covered by %j", (from, to, tokens) => {
    expect(dateRangeTokens(from, to)).toEqual(tokens);
  });

  it("covers exactly the range: every day inside has one of its tokens, no day outside has any", () => {
    const tokens = new Set(dateRangeTokens("2018-11-20", "2021-03-05"));
    for (let d = new Date("2018-10-01T00:00:00Z"); d < new Date("2021-05-01T00:00:00Z"); d = new Date(d.getTime() + 86_400_000)) {
      const date = d.toISOString().slice(0, 10);
      const inside = date >= "2018-11-20" && date <= "2021-03-05";
      expect(editionDateTokens(date).split(" ").some((t) => tokens.has(t)), date).toBe(inside);
    }
  });

  it("stays short for long ranges: one token per whole year", () => {
    expect(dateRangeTokens("1990-03-17", "2026-10-08").length).toBeLessThan(36 + 2 * (31 + 12));
  });
});

describe("the date part of the match", () => {
  const held = { first: "2019-01-09", last: "2019-03-10" };

  it("is left out when the range keeps every edition held", () => {
    expect(dateRangeExpression({}, held)).toBeNull();
    expect(dateRangeExpression({ from: "1900-01-01", to: "2100-01-01" }, held)).toBeNull();
    expect(dateRangeExpression({ from: "2019-01-09" }, held)).toBeNull();
    expect(dateRangeExpression({ from: "2019-01-01" }, null)).toBeNull();
  });

  it("ORs the range's tokens, an open end closed at the held editions' year", () => {
    expect(dateRangeExpression({ from: "2019-03-01" }, held)).toBe('edition : ("m201903" OR "m201904" OR "m201905" OR "m201906" OR "m201907" OR "m201908" OR "m201909" OR "m201910" OR "m201911" OR "m201912")');
    expect(dateRangeExpression({ to: "2019-01-31" }, held)).toBe('edition : ("m201901")');
    expect(dateRangeExpression({ from: "2019-01-10", to: "2019-01-10" }, held)).toBe('edition : ("d20190110")');
  });

  it("keeps nothing for a range beyond the editions held", () => {
    expect(dateRangeExpression({ from: "2020-01-01" }, held)).toBe("");
    expect(dateRangeExpression({ to: "2018-12-31" }, held)).toBe("");
  });
});
