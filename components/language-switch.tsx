"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

/** Switches the signed-in user's interface language; kept on the account, so it follows them. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const router = useRouter();
  const next: Locale = locale === "zh-CN" ? "en" : "zh-CN";
  const change = useMutation({
    mutationFn: async () => {
      const res = await fetch("/api/me", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ locale: next }) });
      if (!res.ok) throw new Error(`language not saved (${res.status})`);
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <button
      type="button"
      lang={next}
      disabled={change.isPending}
      onClick={() => change.mutate()}
      className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100"
    >
      {translator(locale)("nav.language")}
    </button>
  );
}
