"use client";

import { useLocale, useTimeZone } from "next-intl";
import { useCallback } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatNewsroomTime } from "@/lib/newsroom-time";
import { dateIn } from "@/lib/publication";

/**
 * The one time format (lib/newsroom-time.ts) for client components: the reader's language, the
 * publication's time zone (given to the IntlProvider by the root layout), the year left out within the
 * reference year (`reference`: the edition in view; today in the zone by default). Same text on the
 * server and after hydration.
 */
export function useNewsroomTime(): (iso: string, reference?: string) => string {
  const locale = useLocale() as Locale;
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  return useCallback((iso: string, reference?: string) => formatNewsroomTime(iso, { locale, timeZone, reference: reference ?? dateIn(timeZone) }), [locale, timeZone]);
}
