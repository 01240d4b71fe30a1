import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Content } from "@/components/content";
import { DeskMenu } from "@/components/desk-menu";
import { LanguageSwitch } from "@/components/language-switch";
import { LiveUpdates } from "@/components/live-updates";
import { NotificationBell } from "@/components/notification-bell";
import { SearchBox } from "@/components/search-box";
import { SignOutButton } from "@/components/sign-out-button";
import { requireUser, userHas } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { deskEditionInHand } from "@/app/_server/edition-in-hand";
import { mayManagePublication } from "@/lib/publication";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const latest = deskEditionInHand(getDb());
  // Admin and 校对 have no desk: a proofreader works from the 待校对 queue on the dashboard (docs/PROOFING.md).
  const desk = user.role !== "admin" && user.role !== "proofreader";
  // One event stream per tab for the desk (an admin has no desk views to keep live).
  return (
    <LiveUpdates enabled={user.role !== "admin"}>
      <header className="border-b-4 border-double border-stone-800 bg-white print:hidden">
        <div className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-x-6 gap-y-2 whitespace-nowrap px-4 py-3 md:px-6">
          <Link href="/" className="font-serif text-2xl font-bold tracking-widest text-press" data-content="">
            {t("app.masthead")}
          </Link>
          <span className="text-sm text-stone-500">{t("app.product")}</span>
          <DeskMenu notifications={user.role !== "admin"}>
            <nav className="flex gap-4 text-sm max-md:flex-col max-md:gap-0 max-md:text-base max-md:[&>a]:py-2">
              <Link href="/" className="hover:underline">
                {t("nav.dashboard")}
              </Link>
              {desk && (
                <Link href="/editions" className="hover:underline">
                  {t("editions.nav")}
                </Link>
              )}
              {latest && desk && (
                <>
                  <Link href={`/editions/${latest.date}`} className="hover:underline">
                    {t("budget.title")}
                  </Link>
                  <Link href={`/editions/${latest.date}/pages/1`} className="hover:underline">
                    {t("nav.page")}
                  </Link>
                </>
              )}
              {userHas(user, "editor") && (
                <Link href="/reports/error-rate" className="hover:underline">
                  {t("errorRate.nav")}
                </Link>
              )}
              {mayManagePublication(user.role) && (
                <Link href="/admin/publication" className="hover:underline">
                  {t("publicationAdmin.title")}
                </Link>
              )}
              {mayManagePublication(user.role) && (
                <Link href="/admin/check-terms" className="hover:underline">
                  {t("check.nav")}
                </Link>
              )}
            </nav>
            <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2 text-sm max-md:ml-0 max-md:gap-3 max-md:border-t max-md:border-stone-200 max-md:pt-3">
              <Link href="/account" data-testid="current-user" title={t("nav.account", { name: user.name })} className="hover:underline">
                <Content>{user.name}</Content> · {t(`role.${user.role}`)}
              </Link>
              {desk && <SearchBox />}
              {user.role !== "admin" && <NotificationBell />}
              <LanguageSwitch locale={user.locale} signedIn />
              <SignOutButton label={t("nav.signOut")} />
            </div>
          </DeskMenu>
        </div>
      </header>
      <main className="mx-auto max-w-[1400px] px-6 py-6 max-md:px-3 max-md:py-4 print:max-w-none print:p-0">{children}</main>
    </LiveUpdates>
  );
}
