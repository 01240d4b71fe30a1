import { describe, expect, it } from "vitest";
import { formatEditionDate } from "./edition-date";
import { translatorFor } from "./translate";

describe("i18n", () => {
  it("formats edition dates the Chinese way with the weekday", () => {
    expect(formatEditionDate("2019-01-09", "zh-CN")).toBe("2019年1月9日 星期三");
    expect(formatEditionDate("2019-01-09", "en")).toBe("Wednesday, 9 January 2019");
  });
  it("fills variables and switches language", () => {
    expect(translatorFor("zh-CN")("page.number", { n: 1 })).toBe("第1版");
    expect(translatorFor("en")("page.number", { n: 1 })).toBe("Page 1");
    expect(translatorFor("en", "pageAction")("sign")).toBe("Sign off");
  });
});
