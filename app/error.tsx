"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** A render error below the root layout, in the reader's language. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  useEffect(() => console.error(error), [error]);
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6" data-testid="error-page">
      <div className="max-w-md space-y-3 text-center">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("body")}</p>
        {error.digest && <p className="font-mono text-xs text-stone-500">{error.digest}</p>}
        <button type="button" onClick={reset} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
