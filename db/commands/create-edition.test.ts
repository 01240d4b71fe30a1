import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/errors";
import { makeTestDb } from "../test-db";
import { getEditionByDate } from "../queries/editions";
import { auditEvents } from "../schema";
import { createEdition } from "./create-edition";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([{ login: "liqiang", name: "李强", role: "editor" }]);
});
afterAll(() => t.close());

describe("opening an edition", () => {
  it("creates an empty edition of the publication, with an audit row", () => {
    const { id, date } = createEdition(t.db, { date: "2019-01-10", actor: t.users.liqiang });
    expect(date).toBe("2019-01-10");
    expect(getEditionByDate(t.db, { date })).toMatchObject({ id, date, publication: "大众日报" });
    const audit = t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).all().filter((a) => a.entityType === "edition");
    expect(audit).toMatchObject([{ action: "create", actorId: t.users.liqiang.id }]);
  });

  it("refuses a date that already has an edition (409) and changes nothing", () => {
    const before = t.db.select().from(auditEvents).all().length;
    let error: unknown;
    try {
      createEdition(t.db, { date: "2019-01-09", actor: t.users.liqiang });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(409);
    expect(t.db.select().from(auditEvents).all().length).toBe(before);
  });
});
