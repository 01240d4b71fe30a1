import { describe, expect, it } from "vitest";
import { budgetPrintTime, isBeijingTime } from "./budget-print";

const printedAt = new Date("2019-01-09T13:05:00Z"); // 21:05 in Beijing, 08:05 in New York

describe("the printed budget's time", () => {
  it("is on the publication's clock and carries the year", () => {
    expect(budgetPrintTime(printedAt, { locale: "zh-CN", timeZone: "Asia/Shanghai" })).toBe("2019年1月9日 21:05");
    expect(budgetPrintTime(printedAt, { locale: "en", timeZone: "Asia/Shanghai" })).toBe("9 Jan 2019 21:05");
  });
  it("follows the publication's zone, not the machine's", () => {
    expect(budgetPrintTime(printedAt, { locale: "zh-CN", timeZone: "America/New_York" })).toBe("2019年1月9日 08:05");
  });
  it("names China's zone 北京时间 and no other", () => {
    expect(isBeijingTime("Asia/Shanghai")).toBe(true);
    expect(isBeijingTime("Asia/Tokyo")).toBe(false);
    expect(isBeijingTime("UTC")).toBe(false);
  });
});
