import { getDb } from "@/db/client";
import { changeOwnPassword } from "@/db/commands/change-own-password";
import { ownPasswordPut } from "@/lib/api/user-schemas";
import { parseBody, withUser } from "@/app/_server/route";

/** PUT /api/me/password {currentPassword, newPassword} → 204; 400 when the current one is wrong. Ends the caller's other sessions. */
export const PUT = withUser(async (req, { user, sessionId }) => {
  const { currentPassword, newPassword } = await parseBody(req, ownPasswordPut);
  await changeOwnPassword(getDb(), { user, currentPassword, newPassword, sessionId });
  return new Response(null, { status: 204 });
});
