import { sql, type SQL } from "drizzle-orm";
import { editions } from "../schema";

/**
 * The id of the edition on a date, as a scalar subquery: filtering `edition_id = (…)` rather than joining
 * editions lets SQLite read an edition's rows in index order (no sort), whatever else the query joins.
 */
export function editionIdOn(date: string): SQL<number> {
  return sql<number>`(select ${editions.id} from ${editions} where ${editions.date} = ${date} limit 1)`;
}
