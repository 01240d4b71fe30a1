import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { LoginForm } from "@/components/login-form";
import { getSessionUser } from "@/app/_server/session";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/safe-redirect";

export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only our own origin, read as a browser reads it: never bounce a fresh session to another site.
  const next = safeRedirectPath(callbackUrl, env().NEXTAUTH_URL);
  const t = await getTranslations();
  // No user yet: the language comes from the cookie the switch sets (see i18n/request.ts).
  const locale = await getLocale();
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded border border-stone-300 bg-white p-8 shadow-sm">
        <div className="flex items-start justify-between gap-4">
          <p className="font-serif text-3xl font-bold tracking-widest text-press" data-content="">
            {t("app.masthead")}
          </p>
          <span className="text-sm">
            <LanguageSwitch locale={locale} signedIn={false} />
          </span>
        </div>
        <h1 className="mt-1 text-sm text-stone-600">
          {t("app.product")} · {t("app.name")} · {t("login.signIn")}
        </h1>
        <LoginForm next={next} />
        <p className="mt-6 text-xs text-stone-500">{t("login.hint")}</p>
      </div>
    </main>
  );
}
