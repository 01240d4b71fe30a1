import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDb } from "./test-db";
import { publications } from "./schema";

let close: () => void = () => {};
afterEach(() => close());

describe("the connection's statement cache", () => {
  it("hands out the same compiled statement for the same SQL", () => {
    const t = openTestDb();
    close = t.close;
    const sql = "SELECT 1 AS one";
    expect(t.sqlite.prepare(sql)).toBe(t.sqlite.prepare(sql));
    expect(t.sqlite.prepare(sql)).not.toBe(t.sqlite.prepare("SELECT 2 AS two"));
  });

  it("resets raw and pluck, so a later caller gets plain rows", () => {
    const t = openTestDb();
    close = t.close;
    const sql = "SELECT 7 AS seven";
    expect(t.sqlite.prepare(sql).raw().get()).toEqual([7]);
    expect(t.sqlite.prepare(sql).get()).toEqual({ seven: 7 });
    expect(t.sqlite.prepare(sql).pluck().get()).toBe(7);
    expect(t.sqlite.prepare(sql).get()).toEqual({ seven: 7 });
  });

  it("keeps drizzle's row shapes right when one query shape is read as values and as rows", () => {
    const t = openTestDb();
    close = t.close;
    t.db.insert(publications).values({ name: "测试报" }).run();
    const query = () => t.db.select({ name: publications.name }).from(publications).where(eq(publications.name, "测试报"));
    expect(query().all()).toEqual([{ name: "测试报" }]);
    expect(query().get()).toEqual({ name: "测试报" }); // get() runs the statement in raw mode
    expect(query().all()).toEqual([{ name: "测试报" }]);
    expect(t.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});
