import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { IntlProvider } from "@/components/intl-provider";
import { Providers } from "@/components/providers";
import type { ClientMessages, Messages } from "@/lib/i18n/catalogue";
import "./globals.css";

// Every page depends on who is signed in (language, role): nothing is prerendered at build.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: `${t("product")} ${t("name")}`, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The server's own namespaces (`error`, `notification`: worded on the server, sent as text) stay out of the
  // catalogue every page hands to client components.
  const { error: _error, notification: _notification, ...messages } = (await getMessages()) as Messages;
  const timeZone = await getTimeZone();
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <IntlProvider locale={locale} messages={messages as ClientMessages} timeZone={timeZone}>
          <Providers>{children}</Providers>
        </IntlProvider>
      </body>
    </html>
  );
}
