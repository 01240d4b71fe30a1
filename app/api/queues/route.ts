import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listDeskQueues } from "@/db/queries/desk-queues";
import { withUser } from "@/app/_server/route";

/** GET /api/queues — what waits for the caller, by role (a proofreader: the pages to proofread) (each queue: its count and at most 20 items, no story text). */
export const GET = withUser((_req, { user }) => NextResponse.json(listDeskQueues(getDb(), { user })), { requires: ["reporter", "proofreader"] });
