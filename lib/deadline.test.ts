import { describe, expect, it } from "vitest";
import { isDueOn, isOverdue } from "./deadline";
import { formatNewsroomTime } from "./newsroom-time";

/** Deadlines are written by the one time format, in the edition's year (no year). */
const formatDeadline = (iso: string, locale: "zh-CN" | "en", timeZone = "Asia/Shanghai") => formatNewsroomTime(iso, { locale, timeZone, reference: iso.slice(0, 10) });

const now = new Date("2019-01-09T10:00:00Z"); // 18:00 in Beijing

describe("deadlines", () => {
  it("are overdue only while copy is still owed", () => {
    expect(isOverdue("2019-01-09T17:00:00+08:00", "draft", now)).toBe(true);
    expect(isOverdue("2019-01-09T17:00:00+08:00", "assigned", now)).toBe(true);
    expect(isOverdue("2019-01-09T17:00:00+08:00", "filed", now)).toBe(false);
    expect(isOverdue("2019-01-09T19:00:00+08:00", "draft", now)).toBe(false);
    expect(isOverdue(null, "draft", now)).toBe(false);
  });
  it("are compared by the Beijing calendar day", () => {
    expect(isDueOn("2019-01-09T23:30:00+08:00", now)).toBe(true);
    expect(isDueOn("2019-01-10T00:30:00+08:00", now)).toBe(false);
  });
  it("print in Beijing time", () => {
    expect(formatDeadline("2019-01-09T10:00:00Z", "zh-CN")).toBe("1月9日 18:00");
    expect(formatDeadline("2019-01-09T10:00:00Z", "en")).toBe("9 Jan 18:00");
  });
});

describe("deadlines in another publication time zone", () => {
  it("are compared by that zone's calendar day and printed in its clock", () => {
    // 2019-01-09 23:30 in Beijing is still the 9th in Beijing but 16:30 on the 9th in Berlin; 00:30 on the
    // 10th in Beijing is 17:30 on the 9th in Berlin — due "today" in Berlin, not in Beijing.
    expect(isDueOn("2019-01-10T00:30:00+08:00", now, "Europe/Berlin")).toBe(true);
    expect(isDueOn("2019-01-10T00:30:00+08:00", now, "Asia/Shanghai")).toBe(false);
    expect(formatDeadline("2019-01-09T10:00:00Z", "zh-CN", "Europe/Berlin")).toBe("1月9日 11:00");
    expect(formatDeadline("2019-07-09T10:00:00Z", "en", "Europe/Berlin")).toBe("9 Jul 12:00");
  });
});
