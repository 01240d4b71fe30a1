import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listStaff } from "@/db/queries/people";
import { withUser } from "@/app/_server/route";

/** GET /api/staff — people who can be in a byline or assigned (staff with their user id and role). */
export const GET = withUser(() => NextResponse.json(listStaff(getDb())), { requires: "reporter" });
