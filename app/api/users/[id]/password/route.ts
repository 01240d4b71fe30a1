import { getDb } from "@/db/client";
import { resetUserPassword } from "@/db/commands/reset-user-password";
import { idParam } from "@/lib/api/common";
import { passwordResetPut } from "@/lib/api/user-schemas";
import { parseBody, parseParams, withUser } from "@/app/_server/route";

/** PUT /api/users/:id/password {password} → 204 — admin only; the user's sessions end. */
export const PUT = withUser<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = parseParams(params, idParam);
    const { password } = await parseBody(req, passwordResetPut);
    await resetUserPassword(getDb(), { userId: id, password, actor: user });
    return new Response(null, { status: 204 });
  },
  { requires: "admin" },
);
