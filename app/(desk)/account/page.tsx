import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { Content } from "@/components/content";
import { requireUser } from "@/app/_server/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";

export const dynamic = "force-dynamic";

/** The signed-in user's own account: who they are, and their password. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <div className="space-y-8">
      <h1 className="text-xl font-bold">{t("account.title")}</h1>
      <dl className="grid max-w-sm grid-cols-[6rem_1fr] gap-x-4 gap-y-2 bg-white p-4 text-sm shadow-sm">
        <dt className="text-stone-500">{t("login.login")}</dt>
        <dd className="font-mono" data-testid="account-login">
          {user.login}
        </dd>
        <dt className="text-stone-500">{t("account.name")}</dt>
        <dd>
          <Content>{user.name}</Content>
        </dd>
        <dt className="text-stone-500">{t("account.role")}</dt>
        <dd>{t(`role.${user.role}`)}</dd>
      </dl>
      <PasswordForm minLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
