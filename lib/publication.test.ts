import { describe, expect, it } from "vitest";
import { BROADSHEET_GRID } from "./copyfit/grid";
import { canonicalTimeZone, dateIn, editionNumbers, mayManagePublication, templateProblems, weekdayOf } from "./publication";

describe("the publication's time zone", () => {
  it("takes IANA names (canonical spelling) and refuses anything else", () => {
    expect(canonicalTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    for (const bad of ["", "Mars/Olympus", "Asia/Shanghai; drop", "+08:00", "Asia/", "../etc"]) expect(canonicalTimeZone(bad), bad).toBeNull();
  });

  it("says which day it is there, whatever the machine's zone", () => {
    const at = new Date("2019-01-09T17:30:00Z"); // 01:30 on the 10th in Beijing, still the 9th in Berlin
    expect(dateIn("Asia/Shanghai", at)).toBe("2019-01-10");
    expect(dateIn("Europe/Berlin", at)).toBe("2019-01-09");
    expect(dateIn("America/New_York", at)).toBe("2019-01-09");
  });

  it("knows the weekday of a date (ISO: Monday 1 … Sunday 7)", () => {
    expect(weekdayOf("2019-01-09")).toBe(3);
    expect(weekdayOf("2019-01-13")).toBe(7);
    expect(weekdayOf("2019-01-14")).toBe(1);
  });
});

describe("edition numbers (总第N期, 第N期 of the year)", () => {
  const start = { firstTotalNumber: 25_001, firstYearNumber: 9 };
  it("start from the settings when there is no earlier edition", () => {
    expect(editionNumbers("2019-01-09", undefined, start)).toEqual({ totalNumber: 25_001, yearNumber: 9 });
  });
  it("count on from the nearest earlier edition, and from 1 again in a new year", () => {
    expect(editionNumbers("2019-01-10", { date: "2019-01-09", totalNumber: 25_001, yearNumber: 9 }, start)).toEqual({ totalNumber: 25_002, yearNumber: 10 });
    expect(editionNumbers("2020-01-01", { date: "2019-12-31", totalNumber: 25_357, yearNumber: 365 }, start)).toEqual({ totalNumber: 25_358, yearNumber: 1 });
  });
});

describe("a template page's fixed boxes", () => {
  const base = { grid: BROADSHEET_GRID, stripLines: 4, footerLines: 4 };
  const slot = (firstColumn: number, columnSpan: number, topLine: number, heightLines: number, label = "客户") => ({ label, text: "", firstColumn, columnSpan, topLine, heightLines });

  it("pass with ads side by side above the footer (the seed's)", () => {
    expect(templateProblems({ ...base, adSlots: [slot(1, 4, 83, 14), slot(5, 4, 83, 14)] })).toEqual([]);
  });
  it("name every ad slot off the grid, overlapping another, or over the strip or footer", () => {
    expect(templateProblems({ ...base, adSlots: [slot(7, 4, 50, 10), slot(1, 4, 50, 10), slot(3, 4, 55, 10), slot(1, 8, 1, 6), slot(1, 2, 95, 4)] })).toEqual([
      { kind: "adOutsideGrid", slot: 1 },
      { kind: "adsOverlap", slots: [2, 3] },
      { kind: "adOverFurniture", slot: 4 },
      { kind: "adOverFurniture", slot: 5 },
    ]);
  });
  it("need room between strip and footer", () => {
    expect(templateProblems({ ...base, stripLines: 50, footerLines: 50, adSlots: [] })).toEqual([{ kind: "furnitureTooTall" }]);
    expect(templateProblems({ ...base, stripLines: 0, footerLines: 0, adSlots: [slot(1, 8, 1, 100)] })).toEqual([]);
  });
});

it("the admin and the chief manage the publication; nobody else", () => {
  expect(["admin", "chief", "editor", "reporter"].filter((r) => mayManagePublication(r as "admin"))).toEqual(["admin", "chief"]);
});
