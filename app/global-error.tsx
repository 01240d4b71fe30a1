"use client";

import { errorPageEn, errorPageZhCN } from "@/lib/i18n/messages/error-page";
import "./globals.css";

/**
 * An error in the root layout itself: no catalogue provider (nor the reader's locale) is there,
 * so the message is given in both languages, from the catalogue.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen items-center justify-center p-6">
        <main className="max-w-md space-y-4 text-center" data-testid="error-page">
          {[
            { lang: "zh-CN", m: errorPageZhCN },
            { lang: "en", m: errorPageEn },
          ].map(({ lang, m }) => (
            <div key={lang} lang={lang} className="space-y-1">
              <h1 className="text-xl font-bold">{m.title}</h1>
              <p className="text-sm text-stone-600">{m.body}</p>
              <button type="button" onClick={reset} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
                {m.retry}
              </button>
            </div>
          ))}
        </main>
      </body>
    </html>
  );
}
