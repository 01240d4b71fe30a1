import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const OWN = "http://localhost:3000";

describe("the callback after sign-in stays on our site", () => {
  it("keeps our own paths and absolute URLs of our origin", () => {
    expect(safeRedirectPath("/stories/12?tab=history#c3", OWN)).toBe("/stories/12?tab=history#c3");
    expect(safeRedirectPath("http://localhost:3000/editions/2019-01-09", OWN)).toBe("/editions/2019-01-09");
    expect(safeRedirectPath(undefined, OWN)).toBe("/");
  });

  // As the login page receives them: searchParams are already percent-decoded (%5C → \, %09 → tab).
  it.each(["/\\evil.example/x", "/\t/evil.example/x", "/\n/evil.example", "//evil.example/x", "\\\\evil.example", "https://evil.example/x", "http://localhost:3001/", "javascript:alert(1)", " //evil.example"])(
    "refuses %j",
    (url) => {
      const path = safeRedirectPath(url, OWN);
      expect(path).toBe("/");
      // And what it does return is read by a browser as our origin.
      expect(new URL(path, OWN).origin).toBe(OWN);
    },
  );
});
