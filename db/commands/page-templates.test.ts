import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { pageTemplatePost, pageTemplatePut, publicationPut } from "@/lib/api/template-schemas";
import { DomainError } from "@/lib/errors";
import { makeTestDb, refusal } from "../test-db";
import { getEditionPage, listEditionPages } from "../queries/pages";
import { getPublication, getPublicationTimeZone, listPageTemplates } from "../queries/publication";
import { auditEvents, editions, pageElements, pages, pageTemplates } from "../schema";
import { createEdition } from "./create-edition";
import { createPageTemplate } from "./create-page-template";
import { deletePageTemplate } from "./delete-page-template";
import { updatePageTemplate } from "./update-page-template";
import { updatePublication } from "./update-publication";

let t: Awaited<ReturnType<typeof makeTestDb>>;
beforeAll(async () => {
  t = await makeTestDb([
    { login: "liqiang", name: "李强", role: "editor" },
    { login: "chief", name: "值班总编", role: "chief" },
    { login: "limeng", name: "李梦", role: "reporter" },
    { login: "admin", name: "管理员", role: "admin" },
  ]);
});
afterAll(() => t.close());


/** A template page body as the route parses it (defaults filled). */
const templateBody = (over: Record<string, unknown> = {}) =>
  pageTemplatePost.parse({ number: 1, name: "要闻", grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 }, ...over });

const counts = () => ({
  templates: t.db.select().from(pageTemplates).all().length,
  editions: t.db.select().from(editions).all().length,
  pages: t.db.select().from(pages).all().length,
  elements: t.db.select().from(pageElements).all().length,
  audit: t.db.select().from(auditEvents).all().length,
});

describe("the page template", () => {
  it("stores a page slot with its grid, strip, footer and ad slots, audited", () => {
    const body = templateBody({
      responsibleEditorId: t.users.liqiang.id,
      footerText: "□ 责任编辑 李强\n(0531) 851 93550",
      adSlots: [{ label: "中国农业银行", text: "农行 安家贷", firstColumn: 5, columnSpan: 4, topLine: 83, heightLines: 14 }],
    });
    const { id } = createPageTemplate(t.db, { ...body, actor: t.users.admin });
    expect(listPageTemplates(t.db)).toMatchObject([
      { id, number: 1, name: "要闻", responsibleEditor: "李强", stripLines: 4, footerLines: 4, weekdays: [1, 2, 3, 4, 5, 6, 7], adSlots: [{ label: "中国农业银行", topLine: 83 }], version: 1 },
    ]);
    expect(t.db.select().from(auditEvents).where(eq(auditEvents.entityType, "page_template")).all()).toMatchObject([{ entityId: id, action: "create", actorId: t.users.admin.id }]);
  });

  it("refuses a page number used twice (409), ads off the grid or overlapping (422), a 责任编辑 who is no editor (422), and writes nothing", () => {
    const before = counts();
    expect(refusal(() => createPageTemplate(t.db, { ...templateBody({ name: "又一版" }), actor: t.users.chief }))).toMatchObject({ status: 409, key: "template.numberTaken" });
    const outside = refusal(() =>
      createPageTemplate(t.db, { ...templateBody({ number: 2, adSlots: [{ label: "甲", firstColumn: 6, columnSpan: 4, topLine: 50, heightLines: 10 }] }), actor: t.users.chief }),
    );
    expect(outside).toMatchObject({ status: 422, key: "template.problems", details: { problems: [{ kind: "adOutsideGrid", slot: 1 }] } });
    expect(outside.message).toContain("ad slot 1 lies outside the type area");
    const overlapping = refusal(() =>
      createPageTemplate(t.db, {
        ...templateBody({
          number: 2,
          adSlots: [
            { label: "甲", firstColumn: 1, columnSpan: 4, topLine: 50, heightLines: 10 },
            { label: "乙", firstColumn: 4, columnSpan: 4, topLine: 55, heightLines: 10 },
          ],
        }),
        actor: t.users.chief,
      }),
    );
    expect(overlapping).toMatchObject({ status: 422, details: { problems: [{ kind: "adsOverlap", slots: [1, 2] }] } });
    expect(refusal(() => createPageTemplate(t.db, { ...templateBody({ number: 2, responsibleEditorId: t.users.limeng.id }), actor: t.users.chief }))).toMatchObject({ status: 422, key: "template.editorNotEditorial" });
    expect(refusal(() => createPageTemplate(t.db, { ...templateBody({ number: 2, responsibleEditorId: 9999 }), actor: t.users.chief }))).toMatchObject({ status: 422 });
    expect(counts()).toEqual(before);
  });

  it("takes a change only on the version read (409 stale), and a renumbering only to a free number", () => {
    const second = createPageTemplate(t.db, { ...templateBody({ number: 2, name: "聊城新闻", weekdays: [1] }), actor: t.users.chief });
    const put = (over: Record<string, unknown>) => pageTemplatePut.parse({ ...templateBody({ number: 2, name: "聊城新闻", weekdays: [1] }), baseVersion: 1, ...over });
    expect(refusal(() => updatePageTemplate(t.db, { ...put({ number: 1 }), id: second.id, actor: t.users.chief }))).toMatchObject({ status: 409, key: "template.numberTaken" });
    expect(updatePageTemplate(t.db, { ...put({ name: "聊城新闻·周一" }), id: second.id, actor: t.users.chief })).toEqual({ id: second.id, version: 2 });
    expect(refusal(() => updatePageTemplate(t.db, { ...put({ name: "旧版本" }), id: second.id, actor: t.users.chief }))).toMatchObject({ status: 409, key: "template.stale" });
    expect(refusal(() => updatePageTemplate(t.db, { ...put({}), id: 9999, actor: t.users.chief }))).toMatchObject({ status: 404 });
    expect(listPageTemplates(t.db).map((p) => p.name)).toEqual(["要闻", "聊城新闻·周一"]);
  });
});

describe("an edition made from the template", () => {
  it("lays out every template page of the weekday: name, 责任编辑, grid, locked strip, footer and ads — and numbers the edition", () => {
    // 2019-01-14 is a Monday: page 1 (every day) and page 2 (Mondays only). The 2019-01-09 edition of
    // makeTestDb was written by hand, without numbers: this is the first numbered one.
    const made = createEdition(t.db, { date: "2019-01-14", actor: t.users.liqiang });
    expect(made).toMatchObject({ date: "2019-01-14", totalNumber: 1, yearNumber: 1 });
    expect(made.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(listEditionPages(t.db, { date: "2019-01-14" })).toMatchObject([
      { number: 1, name: "要闻", state: "planning", responsibleEditor: "李强", elementCount: 3 },
      { number: 2, name: "聊城新闻·周一", state: "planning", responsibleEditor: null, elementCount: 2 },
    ]);
    const one = getEditionPage(t.db, { date: "2019-01-14", number: 1 })!;
    expect(one.grid).toEqual({ columns: 8, charsPerColumn: 13, gutterChars: 1, linesPerColumn: 100 });
    expect(one.elements.map(({ kind, label, text, locked, firstColumn, columnSpan, topLine, heightLines }) => ({ kind, label, text, locked, rect: [firstColumn, columnSpan, topLine, heightLines] }))).toEqual([
      { kind: "furniture", label: "masthead", text: "要闻", locked: true, rect: [1, 8, 1, 4] },
      { kind: "furniture", label: "footer", text: "□ 责任编辑 李强\n(0531) 851 93550", locked: true, rect: [1, 8, 97, 4] },
      { kind: "ad", label: "中国农业银行", text: "农行 安家贷", locked: true, rect: [5, 4, 83, 14] },
    ]);
    // a Tuesday has only the everyday page
    expect(createEdition(t.db, { date: "2019-01-15", actor: t.users.chief }).pages.map((p) => p.number)).toEqual([1]);
  });

  it("keeps its pages as they were when the template changes later", () => {
    const [first] = listPageTemplates(t.db);
    updatePageTemplate(t.db, {
      ...pageTemplatePut.parse({ ...templateBody({ name: "要闻·新", stripLines: 6, adSlots: [] }), baseVersion: first.version }),
      id: first.id,
      actor: t.users.admin,
    });
    const page = getEditionPage(t.db, { date: "2019-01-14", number: 1 })!;
    expect(page.name).toBe("要闻");
    expect(page.elements.map((e) => [e.label, e.heightLines])).toEqual([
      ["masthead", 4],
      ["footer", 4],
      ["中国农业银行", 14],
    ]);
    expect(createEdition(t.db, { date: "2019-01-16", actor: t.users.chief }).pages).toHaveLength(1);
    expect(getEditionPage(t.db, { date: "2019-01-16", number: 1 })!.elements.map((e) => [e.label, e.heightLines])).toEqual([
      ["masthead", 6],
      ["footer", 4],
    ]);
  });

  it("opens an empty edition when asked (template: false)", () => {
    expect(createEdition(t.db, { date: "2019-01-17", template: false, actor: t.users.liqiang }).pages).toEqual([]);
    expect(listEditionPages(t.db, { date: "2019-01-17" })).toEqual([]);
  });

  it("refuses a day the paper does not appear (422) unless overridden, and a taken date (409), writing nothing", () => {
    const pub = getPublication(t.db)!;
    updatePublication(t.db, { ...publicationPut.parse({ baseVersion: pub.version, name: pub.name, timeZone: "Asia/Shanghai", firstTotalNumber: 1, firstYearNumber: 1, weekdays: [1, 2, 3, 4, 5, 6] }), actor: t.users.admin });
    const before = counts();
    expect(refusal(() => createEdition(t.db, { date: "2019-01-20", actor: t.users.liqiang }))).toMatchObject({ status: 422, key: "template.notPublicationDay" });
    expect(refusal(() => createEdition(t.db, { date: "2019-01-14", actor: t.users.liqiang }))).toMatchObject({ status: 409, key: "edition.exists" });
    expect(counts()).toEqual(before);
    const extra = createEdition(t.db, { date: "2019-01-20", override: true, actor: t.users.chief });
    expect(extra.pages.map((p) => p.number)).toEqual([1]);
  });

  it("counts 总第N期 on from the edition before it, and 第N期 from 1 again in a new year", () => {
    // 01-14, 01-15, 01-16, 01-17, 01-20 are 1 … 5
    expect(createEdition(t.db, { date: "2019-12-31", template: false, actor: t.users.chief })).toMatchObject({ totalNumber: 6, yearNumber: 6 });
    expect(createEdition(t.db, { date: "2020-01-02", template: false, actor: t.users.chief })).toMatchObject({ totalNumber: 7, yearNumber: 1 });
    expect(t.db.select({ total: editions.totalNumber, year: editions.yearNumber }).from(editions).where(eq(editions.date, "2020-01-02")).get()).toEqual({ total: 7, year: 1 });
  });
});

describe("the publication settings", () => {
  it("change on the version read only, audited with what changed; a stale write is 409 and changes nothing", () => {
    expect(getPublicationTimeZone(t.db)).toBe("Asia/Shanghai");
    const pub = getPublication(t.db)!;
    const body = publicationPut.parse({ baseVersion: pub.version, name: "大众日报", timeZone: "europe/berlin", firstTotalNumber: 25_001, firstYearNumber: 9, weekdays: [7, 1, 1, 2] });
    expect(body).toMatchObject({ timeZone: "Europe/Berlin", weekdays: [1, 2, 7] });
    updatePublication(t.db, { ...body, actor: t.users.chief });
    expect(getPublication(t.db)).toMatchObject({ timeZone: "Europe/Berlin", firstTotalNumber: 25_001, weekdays: [1, 2, 7], version: pub.version + 1 });
    // the zone every request formats times in (i18n/request.ts) is the stored one
    expect(getPublicationTimeZone(t.db)).toBe("Europe/Berlin");
    const audit = t.db.select().from(auditEvents).where(eq(auditEvents.entityType, "publication")).all().at(-1)!;
    expect(audit).toMatchObject({ action: "update", actorId: t.users.chief.id, reason: "timeZone, firstTotalNumber, firstYearNumber, weekdays" });
    expect(refusal(() => updatePublication(t.db, { ...body, name: "别的报", actor: t.users.chief }))).toMatchObject({ status: 409, key: "template.publicationStale" });
    expect(getPublication(t.db)!.name).toBe("大众日报");
    expect(publicationPut.safeParse({ ...body, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(publicationPut.safeParse({ ...body, weekdays: [] }).success).toBe(false);
  });

  it("removing a template page leaves the editions made from it alone", () => {
    const [first] = listPageTemplates(t.db);
    expect(refusal(() => deletePageTemplate(t.db, { id: first.id, baseVersion: first.version + 5, actor: t.users.admin }))).toMatchObject({ status: 409 });
    deletePageTemplate(t.db, { id: first.id, baseVersion: first.version, actor: t.users.admin });
    expect(listPageTemplates(t.db).map((p) => p.number)).toEqual([2]);
    expect(getEditionPage(t.db, { date: "2019-01-14", number: 1 })!.name).toBe("要闻");
  });
});
