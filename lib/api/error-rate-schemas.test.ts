import { describe, expect, it } from "vitest";
import { ERROR_RATE_PAGE_SIZE, errorRateExportQuery, errorRateQuery } from "./error-rate-schemas";

const issues = (input: Record<string, string | undefined>) => {
  const r = errorRateQuery.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("errorRateQuery", () => {
  it("takes a range, by edition and the first page by default", () => {
    expect(errorRateQuery.parse({ from: "2019-01-01", to: "2019-12-31" })).toEqual({ from: "2019-01-01", to: "2019-12-31", by: "edition", p: 1, limit: ERROR_RATE_PAGE_SIZE });
    expect(errorRateExportQuery.parse({ from: "2019-01-01", to: "2019-01-01", by: "month" })).toEqual({ from: "2019-01-01", to: "2019-01-01", by: "month" });
  });

  it.each([
    [{ from: "2019-02-01", to: "2019-01-01" }, "from: errorRate.dateRange"],
    [{ from: "2018-12-31", to: "2019-12-01" }, "to: errorRate.rangeTooLong"],
    [{ from: "2019-01-01" }, "to: "],
    [{ from: "20190101", to: "2019-03-01" }, "from: validation.dateFormat"],
  ])("refuses %j", (input, issue) => {
    expect(issues(input).some((i) => i.startsWith(issue))).toBe(true);
  });

  it("says only one thing about a backwards range", () => {
    expect(issues({ from: "2020-06-01", to: "2019-01-01" })).toEqual(["from: errorRate.dateRange"]);
  });

  it.each([{ by: "week" }, { limit: "501" }, { limit: "0" }, { p: "0" }, { p: "x" }])("refuses %j", (more) => {
    expect(issues({ from: "2019-01-01", to: "2019-01-31", ...more }).length).toBeGreaterThan(0);
  });
});
