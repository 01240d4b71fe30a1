import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** 404 in the reader's language (signed-in user's setting, else the language cookie). */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6" data-testid="not-found">
      <div className="max-w-md space-y-3 text-center">
        <p className="font-mono text-5xl font-bold text-stone-300">404</p>
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("body")}</p>
        <Link href="/" className="inline-block rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
