import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createUser } from "@/db/commands/create-user";
import { newUserSchema } from "@/lib/api/user-schemas";
import { listUsers } from "@/db/queries/users";
import { parseBody, withUser } from "@/app/_server/route";

/** GET /api/users — admin only. */
export const GET = withUser(() => NextResponse.json({ users: listUsers(getDb()) }), { requires: "admin" });

/** POST /api/users {login, name, role, password} — admin only; 409 when the login is taken. */
export const POST = withUser(
  async (req, { user }) => {
    const input = await parseBody(req, newUserSchema);
    const created = await createUser(getDb(), input, user.id);
    return NextResponse.json({ user: created }, { status: 201 });
  },
  { requires: "admin" },
);
