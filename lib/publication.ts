/**
 * The publication and its page template as plain data (DESIGN.md "Editions and pages"): its time zone,
 * edition numbering and weekly schedule, and the checks a template page must pass. No db imports.
 */
import { findOverlaps, rectInsideGrid, type GridTemplate, type Rect } from "./copyfit/grid";
import { NEWSROOM_TIME_ZONE } from "./i18n/intl-config";
import type { Role } from "./roles";
import { dateTimeFormat } from "./time-zone-format";

/** The zone of the publication until its settings say otherwise (大众日报: Beijing time). */
export const DEFAULT_TIME_ZONE = NEWSROOM_TIME_ZONE;

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof ALL_WEEKDAYS)[number];

/** A reserved rectangle on a template page for an advertiser: placed as a locked ad box in each new edition. */
export interface AdSlot extends Rect {
  /** the advertiser, e.g. 中国农业银行 */
  label: string;
  /** what the ad box prints until the edition's own copy is set ("\n" between lines) */
  text: string;
}

/** Who may change the publication's settings and its template: the admin, and the chief (DESIGN.md "Roles"). */
export function mayManagePublication(role: Role): boolean {
  return role === "admin" || role === "chief";
}

/** The zone's canonical IANA name ("asia/shanghai" → "Asia/Shanghai"), or null when it is not one. */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    return resolved.includes("/") || resolved === "UTC" ? resolved : null;
  } catch {
    return null;
  }
}

/** The calendar date (YYYY-MM-DD) the clock of `timeZone` shows at `now`. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The ISO weekday of a calendar date (YYYY-MM-DD; the date itself, no zone involved). */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The weekdays sorted, each once. */
export function normalizeWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

export interface EditionNumbers {
  /** 总第N期 */
  totalNumber: number;
  /** 第N期 of the year */
  yearNumber: number;
}

/**
 * The numbers of a new edition on `date`: one more than the nearest earlier edition's (the year's count
 * starting again at 1 in a new year); without an earlier edition, the publication's starting numbers.
 * Editions are numbered once, when created: one made later for an earlier date does not renumber those after it.
 */
export function editionNumbers(
  date: string,
  previous: { date: string; totalNumber: number | null; yearNumber: number | null } | undefined,
  start: { firstTotalNumber: number; firstYearNumber: number },
): EditionNumbers {
  if (!previous || previous.totalNumber === null) return { totalNumber: start.firstTotalNumber, yearNumber: start.firstYearNumber };
  const sameYear = previous.date.slice(0, 4) === date.slice(0, 4);
  return { totalNumber: previous.totalNumber + 1, yearNumber: sameYear && previous.yearNumber !== null ? previous.yearNumber + 1 : 1 };
}

/** What a template page lays down on the grid: the strip, the footer and the ad slots. */
export interface TemplateLayout {
  grid: GridTemplate;
  stripLines: number;
  footerLines: number;
  adSlots: AdSlot[];
}

/** The fixed boxes of a template page on its grid: strip at the top, footer at the foot (when they have lines). */
export function furnitureRects(t: Pick<TemplateLayout, "grid" | "stripLines" | "footerLines">): { label: "masthead" | "footer"; rect: Rect }[] {
  const full = { firstColumn: 1, columnSpan: t.grid.columns };
  return [
    ...(t.stripLines > 0 ? [{ label: "masthead" as const, rect: { ...full, topLine: 1, heightLines: t.stripLines } }] : []),
    ...(t.footerLines > 0 ? [{ label: "footer" as const, rect: { ...full, topLine: t.grid.linesPerColumn - t.footerLines + 1, heightLines: t.footerLines } }] : []),
  ];
}

export type TemplateProblem =
  | { kind: "furnitureTooTall" }
  | { kind: "adOutsideGrid"; slot: number }
  | { kind: "adsOverlap"; slots: [number, number] }
  | { kind: "adOverFurniture"; slot: number };

/**
 * Why a template page cannot be laid down as it is (empty when it can): strip and footer must leave room
 * between them, every ad slot must lie on the grid, and no two fixed boxes may share a cell. Slots are 1-based.
 */
export function templateProblems(t: TemplateLayout): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (t.stripLines + t.footerLines >= t.grid.linesPerColumn) problems.push({ kind: "furnitureTooTall" });
  t.adSlots.forEach((slot, i) => {
    if (!rectInsideGrid(slot, t.grid)) problems.push({ kind: "adOutsideGrid", slot: i + 1 });
  });
  const ads = t.adSlots.map((slot, i) => ({ id: String(i + 1), rect: slot }));
  for (const [a, b] of findOverlaps(ads)) problems.push({ kind: "adsOverlap", slots: [Number(a), Number(b)] });
  const furniture = furnitureRects(t);
  t.adSlots.forEach((slot, i) => {
    if (findOverlaps([...furniture.map((f) => ({ id: f.label, rect: f.rect })), { id: "slot", rect: slot }]).some((pair) => pair.includes("slot"))) {
      problems.push({ kind: "adOverFurniture", slot: i + 1 });
    }
  });
  return problems;
}
