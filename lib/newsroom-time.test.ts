import { describe, expect, it } from "vitest";
import { formatNewsroomClock, formatNewsroomTime, isoToNewsroomInput, newsroomInputToIso } from "./newsroom-time";

const SH = "Asia/Shanghai";

describe("formatNewsroomTime", () => {
  it("writes the Beijing wall clock, without the year in the reference year", () => {
    expect(formatNewsroomTime("2019-01-09T10:42:00Z", { locale: "zh-CN", timeZone: SH, reference: "2019-01-09" })).toBe("1月9日 18:42");
    expect(formatNewsroomTime("2019-01-09T10:42:00Z", { locale: "en", timeZone: SH, reference: "2019-01-09" })).toBe("9 Jan 18:42");
  });
  it("writes the year for any other year, and when there is no reference", () => {
    expect(formatNewsroomTime("2019-01-09T10:42:00Z", { locale: "zh-CN", timeZone: SH, reference: "2026-12-01" })).toBe("2019年1月9日 18:42");
    expect(formatNewsroomTime("2019-01-09T10:42:00Z", { locale: "en", timeZone: SH })).toBe("9 Jan 2019 18:42");
  });
  it("crosses midnight and the new year on the newsroom's clock, not UTC's", () => {
    expect(formatNewsroomTime("2018-12-31T16:30:00Z", { locale: "zh-CN", timeZone: SH, reference: "2019-01-01" })).toBe("1月1日 00:30");
    expect(formatNewsroomTime("2018-12-31T16:30:00Z", { locale: "zh-CN", timeZone: "UTC", reference: "2019-01-01" })).toBe("2018年12月31日 16:30");
  });
  it("returns an unreadable value as it is", () => {
    expect(formatNewsroomTime("soon", { locale: "zh-CN", timeZone: SH })).toBe("soon");
    expect(formatNewsroomClock("2019-01-09T13:00:00Z", SH)).toBe("21:00");
  });
});

describe("date-time fields on the newsroom's clock", () => {
  it("reads 21:00 as 21:00 in Beijing (13:00 UTC), whatever the machine's zone", () => {
    expect(newsroomInputToIso("2019-01-09T21:00", SH)).toBe("2019-01-09T13:00:00.000Z");
    expect(isoToNewsroomInput("2019-01-09T13:00:00.000Z", SH)).toBe("2019-01-09T21:00");
  });
  it("finds the right offset on both sides of a DST change", () => {
    expect(newsroomInputToIso("2026-03-28T12:00", "Europe/Berlin")).toBe("2026-03-28T11:00:00.000Z");
    expect(newsroomInputToIso("2026-03-30T12:00", "Europe/Berlin")).toBe("2026-03-30T10:00:00.000Z");
  });
  it("refuses what is not a date-time", () => {
    expect(newsroomInputToIso("", SH)).toBeNull();
    expect(newsroomInputToIso("2019-01-09 21:00", SH)).toBeNull();
  });
});
