import { getTranslations } from "next-intl/server";
import { UserAdmin } from "@/components/admin/user-admin";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";

export const dynamic = "force-dynamic";

/** The admin's users page: roles, disabling, password resets, new logins (all through /api/users). */
export default async function UsersPage() {
  const admin = await requireUser("admin");
  const t = await getTranslations();
  const users = listUsers(getDb()).map(({ id, login, name, role, disabled }) => ({ id, login, name, role, disabled }));
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{t("dashboard.users")}</h1>
      <UserAdmin initialUsers={users} selfId={admin.id} minPassword={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
