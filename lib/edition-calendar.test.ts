import { describe, expect, it } from "vitest";
import { monthRange, monthWeeks, nextDay, shiftMonth } from "./edition-calendar";
import { dateIn } from "./publication";

describe("the edition calendar's dates", () => {
  it("takes today in the publication's time zone, not UTC's", () => {
    // 16:30 UTC on 9 January is 00:30 on 10 January in Shanghai
    expect(dateIn("Asia/Shanghai", new Date("2019-01-09T16:30:00Z"))).toBe("2019-01-10");
    expect(dateIn("Asia/Shanghai", new Date("2019-01-09T15:59:59Z"))).toBe("2019-01-09");
    expect(dateIn("UTC", new Date("2019-01-09T16:30:00Z"))).toBe("2019-01-09");
  });

  it("steps days and months across month and year ends", () => {
    expect(nextDay("2019-01-31")).toBe("2019-02-01");
    expect(nextDay("2020-02-28")).toBe("2020-02-29");
    expect(nextDay("2018-12-31")).toBe("2019-01-01");
    expect(shiftMonth("2019-01", -1)).toBe("2018-12");
    expect(shiftMonth("2019-12", 1)).toBe("2020-01");
    expect(monthRange("2019-12")).toEqual({ from: "2019-12-01", to: "2020-01-01" });
  });

  it("lays a month out in weeks from Monday", () => {
    const weeks = monthWeeks("2019-01"); // 1 January 2019 was a Tuesday
    expect(weeks[0]).toEqual([null, "2019-01-01", "2019-01-02", "2019-01-03", "2019-01-04", "2019-01-05", "2019-01-06"]);
    expect(weeks).toHaveLength(5);
    expect(weeks[4]).toEqual(["2019-01-28", "2019-01-29", "2019-01-30", "2019-01-31", null, null, null]);
    expect(monthWeeks("2021-02").flat().filter(Boolean)).toHaveLength(28); // Feb 2021 starts on a Monday: four whole weeks
    expect(monthWeeks("2021-02")).toHaveLength(4);
  });
});
