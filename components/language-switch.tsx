"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE } from "@/lib/i18n/intl-config";
import type { Locale } from "@/lib/i18n/locales";

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Switches the interface language. Before sign-in it is kept in a cookie; signed in, on the account
 * (so it follows the person), and in the cookie too, so the sign-in page after signing out matches.
 */
export function LanguageSwitch({ locale, signedIn }: { locale: Locale; signedIn: boolean }) {
  const t = useTranslations("nav");
  const router = useRouter();
  const next: Locale = locale === "zh-CN" ? "en" : "zh-CN";
  const change = useMutation({
    mutationFn: async () => {
      if (signedIn) {
        const res = await fetch("/api/me", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ locale: next }) });
        if (!res.ok) throw new Error(`language not saved (${res.status})`);
      }
      document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <button
      type="button"
      lang={next}
      data-content=""
      data-testid="language-switch"
      disabled={change.isPending}
      onClick={() => change.mutate()}
      className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100"
    >
      {t("language")}
    </button>
  );
}
