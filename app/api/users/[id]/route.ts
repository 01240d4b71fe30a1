import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { updateUserAccount } from "@/db/commands/update-user-account";
import { idParam } from "@/lib/api/common";
import { userPatch } from "@/lib/api/user-schemas";
import { parseBody, parseParams, withUser } from "@/app/_server/route";

/** PATCH /api/users/:id {role?, disabled?} → {user} — admin only; disabling ends the user's sessions; 409 for the last admin or oneself. */
export const PATCH = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const patch = await parseBody(req, userPatch);
    return NextResponse.json({ user: updateUserAccount(getDb(), { userId: id, patch, actor: user }) });
  },
  { requires: "admin" },
);
