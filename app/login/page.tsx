import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getSessionUser } from "@/app/_server/session";
import { translator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a fresh session to another origin.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const t = translator("zh-CN");
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded border border-stone-300 bg-white p-8 shadow-sm">
        <p className="font-serif text-3xl font-bold tracking-widest text-press">大众日报</p>
        <h1 className="mt-1 text-sm text-stone-600">
          {t("app.product")} · {t("app.name")} · {t("login.title")}
        </h1>
        <LoginForm next={next} />
        <p className="mt-6 text-xs text-stone-500">{t("login.hint")}</p>
      </div>
    </main>
  );
}
