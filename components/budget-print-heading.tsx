"use client";

import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { budgetPrintTime } from "@/lib/budget-print";
import type { Locale } from "@/lib/i18n/locales";
import { useZoneName } from "./use-zone-name";

/** What only paper shows at the top of the budget: the edition, and when it was printed on the publication's clock. */
export function BudgetPrintHeading({ edition, renderedAt }: { edition: string; renderedAt: string }) {
  const t = useTranslations("phone");
  const locale = useLocale() as Locale;
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const zone = useZoneName();
  // The server's time while the page is on screen (same text after hydration); the moment of printing once printed.
  const [printedAt, setPrintedAt] = useState(() => new Date(renderedAt));
  useEffect(() => {
    const stamp = () => setPrintedAt(new Date());
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);
  return (
    <div className="mb-3 hidden border-b-2 border-stone-800 pb-2 print:block" data-testid="budget-print-heading">
      <p className="font-serif text-lg font-bold" data-content="">
        {edition}
      </p>
      <p className="text-xs" data-testid="budget-printed-at">
        {t("printedAt", { time: budgetPrintTime(printedAt, { locale, timeZone }), zone })}
      </p>
    </div>
  );
}
