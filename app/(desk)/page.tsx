import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BudgetTable } from "@/components/budget-table";
import { Content, contentTag } from "@/components/content";
import { PageStateBadge, StoryStatusBadge } from "@/components/status-badge";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { listEditions, listPagesWithState } from "@/db/queries/editions";
import { listBudget, listStoriesOfUser } from "@/db/queries/stories";
import { listUsers } from "@/db/queries/users";
import { formatEditionDate } from "@/lib/i18n/edition-date";

export const dynamic = "force-dynamic";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireUser();
  const { denied } = await searchParams;
  const t = await getTranslations();
  const db = getDb();
  const latest = listEditions(db)[0];

  return (
    <div className="space-y-8">
      <h1 className="text-xl font-bold">{t.rich("dashboard.greeting", { name: user.name, content: contentTag })}</h1>
      {denied && (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("dashboard.denied")}
        </p>
      )}

      {user.role === "reporter" && <ReporterDesk userId={user.id} />}

      {user.role === "editor" && latest && (
        <section>
          <h2 className="mb-3 text-lg font-bold">
            {t("dashboard.todayBudget")} · {formatEditionDate(latest.date, user.locale)}
          </h2>
          <BudgetTable date={latest.date} locale={user.locale} initialItems={listBudget(db, { editionDate: latest.date })} />
        </section>
      )}

      {user.role === "chief" && (
        <section>
          <h2 className="mb-3 text-lg font-bold">{t("dashboard.pages")}</h2>
          <table className="w-full bg-white text-sm shadow-sm">
            <tbody>
              {listPagesWithState(db).map((p) => (
                <tr key={p.id} data-testid="chief-page-row" className="border-b border-stone-100">
                  <td className="px-3 py-2">{formatEditionDate(p.editionDate, user.locale)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/editions/${p.editionDate}/pages/${p.number}`} className="font-bold hover:underline">
                      {t("page.number", { n: p.number })} <Content>{p.name}</Content>
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {t("page.responsibleEditor")}：{p.responsibleEditor ? <Content>{p.responsibleEditor}</Content> : t("common.none")}
                  </td>
                  <td className="px-3 py-2">
                    <PageStateBadge state={p.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {user.role === "admin" && (
        <section>
          <div className="mb-3 flex items-baseline gap-4">
            <h2 className="text-lg font-bold">{t("dashboard.users")}</h2>
            <Link href="/admin/users" className="text-sm text-press hover:underline">
              {t("users.manage")} →
            </Link>
          </div>
          <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm">
            {listUsers(db).map((u) => (
              <li key={u.id} className="flex gap-4 px-3 py-2">
                <span className="w-24 font-mono">{u.login}</span>
                <span className="w-24" data-content="">
                  {u.name}
                </span>
                <span>{t(`role.${u.role}`)}</span>
                {u.disabled && <span className="text-stone-500">{t("users.disabled")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

async function ReporterDesk({ userId }: { userId: number }) {
  const t = await getTranslations("dashboard");
  const { stories, assignments } = listStoriesOfUser(getDb(), { userId });
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section>
        <h2 className="mb-3 text-lg font-bold">{t("myAssignments")}</h2>
        {assignments.length === 0 ? <p className="text-sm text-stone-500">{t("noAssignments")}</p> : <StoryList items={assignments} />}
      </section>
      <section>
        <h2 className="mb-3 text-lg font-bold">{t("myStories")}</h2>
        {stories.length === 0 ? <p className="text-sm text-stone-500">{t("noStories")}</p> : <StoryList items={stories} testId="my-story" />}
      </section>
    </div>
  );
}

function StoryList({ items, testId }: { items: ReturnType<typeof listStoriesOfUser>["stories"]; testId?: string }) {
  return (
    <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm">
      {items.map((s) => (
        <li key={s.id} className="flex items-center gap-3 px-3 py-2" data-testid={testId}>
          <span className="text-xs text-stone-500">{s.editionDate}</span>
          <Link href={`/stories/${s.id}`} className="font-serif font-bold hover:underline" data-content="">
            {s.headline ?? s.slug}
          </Link>
          <span className="ml-auto">
            <StoryStatusBadge status={s.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}
