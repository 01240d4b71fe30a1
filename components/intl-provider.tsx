"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { ClientMessages } from "@/lib/i18n/catalogue";
import { missingMessage, NEWSROOM_TIME_ZONE } from "@/lib/i18n/intl-config";
import type { Locale } from "@/lib/i18n/locales";
import { reportIntlError } from "@/lib/i18n/report-intl-error";

/** The catalogue for client components, with the same missing-key marker as the server's, in the publication's time zone. */
export function IntlProvider({ locale, messages, timeZone = NEWSROOM_TIME_ZONE, children }: { locale: Locale; messages: ClientMessages; timeZone?: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} getMessageFallback={missingMessage} onError={reportIntlError}>
      {children}
    </NextIntlClientProvider>
  );
}
