"use client";

import { useTimeZone, useTranslations } from "next-intl";
import { isBeijingTime } from "@/lib/budget-print";

/** The publication's zone as the newsroom says it: 北京时间 (Beijing time), or its IANA name for any other zone. */
export function useZoneName(): string {
  const t = useTranslations("phone");
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  return isBeijingTime(timeZone) ? t("beijingTime") : timeZone;
}
