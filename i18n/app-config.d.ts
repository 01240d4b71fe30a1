import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

// Keys of t("…") are checked against the zh-CN catalogue.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
