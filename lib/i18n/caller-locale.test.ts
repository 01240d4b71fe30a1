import { describe, expect, it } from "vitest";
import { callerLocale } from "./caller-locale";

describe("callerLocale", () => {
  it("prefers the account's language, then the cookie, then Accept-Language, then zh-CN", () => {
    expect(callerLocale({ userLocale: "en", cookieHeader: "newsdesk-locale=zh-CN", acceptLanguage: "zh" })).toBe("en");
    expect(callerLocale({ cookieHeader: "theme=dark; newsdesk-locale=en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(callerLocale({ acceptLanguage: "en-US,en;q=0.9,zh-CN;q=0.8" })).toBe("en");
    expect(callerLocale({ acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8" })).toBe("zh-CN");
    expect(callerLocale({})).toBe("zh-CN");
  });
  it("reads Accept-Language by weight and ignores what it does not speak", () => {
    expect(callerLocale({ acceptLanguage: "zh;q=0.5, en-GB;q=0.8" })).toBe("en");
    expect(callerLocale({ acceptLanguage: "de, fr;q=0.9" })).toBe("zh-CN");
    expect(callerLocale({ acceptLanguage: "en;q=0" })).toBe("zh-CN");
  });
  it("ignores an unknown locale in the account or the cookie", () => {
    expect(callerLocale({ userLocale: "fr", cookieHeader: "newsdesk-locale=xx", acceptLanguage: "en" })).toBe("en");
  });
});
