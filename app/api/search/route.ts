import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { searchStories } from "@/db/queries/search-stories";
import { parseParams, withUser } from "@/app/_server/route";
import { searchQuery, type SearchResults } from "@/lib/api/search-schemas";

/** GET /api/search?q=…&from&to&status&kind&person&page&pageName&sort&p&limit — one page of matches and the count. */
export const GET = withUser(
  (req, { user }) => {
    const q = parseParams(Object.fromEntries(new URL(req.url).searchParams), searchQuery);
    const { total, capped, hits } = searchStories(getDb(), {
      q: q.q,
      user,
      from: q.from,
      to: q.to,
      status: q.status,
      kind: q.kind,
      personId: q.person,
      page: q.page,
      pageName: q.pageName,
      sort: q.sort,
      limit: q.limit,
      offset: (q.p - 1) * q.limit,
    });
    const body: SearchResults = { total, capped, page: q.p, pageSize: q.limit, hits };
    return NextResponse.json(body);
  },
  { requires: "reporter" },
);
