import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getSessionUser } from "@/app/_server/session";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import "./globals.css";

// Every page depends on who is signed in (language, role): nothing is prerendered at build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Newsdesk 新闻编辑系统",
  description: "大众日报 newsroom editorial system",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang={user?.locale ?? DEFAULT_LOCALE}>
      <body className="min-h-screen antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
