import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { BudgetTable } from "@/components/budget-table";
import { DeskQueues } from "@/components/desk-queues";
import { Content, contentTag } from "@/components/content";
import { MoreLinks } from "@/components/more-links";
import { PageStateBadge, StoryStatusBadge } from "@/components/status-badge";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { deskEditionInHand } from "@/app/_server/edition-in-hand";
import { listEarlierEditions, listPagesWithState } from "@/db/queries/editions";
import { listDeskQueues } from "@/db/queries/desk-queues";
import { listBudget, listEarlierStoriesOfUser, listStoriesOfUserInEdition, type StoryListItem } from "@/db/queries/stories";
import { listUsers } from "@/db/queries/users";
import { formatEditionDate } from "@/lib/i18n/edition-date";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** Where the "earlier" lists continue (keyset cursors); anything malformed shows the first page. */
const cursors = z.object({
  storiesBefore: z.coerce.number().int().positive().optional().catch(undefined),
  editionsBefore: editionDate.optional().catch(undefined),
});

type Edition = NonNullable<ReturnType<typeof deskEditionInHand>>;

/**
 * The desk of the day: the edition in hand (the next one not yet released, in the publication's time zone), and what came before one page at a time, so the
 * dashboard costs the same after ten years of papers as on the first day.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ denied?: string; storiesBefore?: string; editionsBefore?: string }> }) {
  const user = await requireUser();
  const params = await searchParams;
  const { storiesBefore, editionsBefore } = cursors.parse(params);
  const t = await getTranslations();
  const db = getDb();
  const latest = deskEditionInHand(db);

  return (
    <div className="space-y-8">
      <h1 className="text-xl font-bold">{t.rich("dashboard.greeting", { name: user.name, content: contentTag })}</h1>
      {params.denied && (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("dashboard.denied")}
        </p>
      )}

      {user.role !== "admin" && <DeskQueues initial={listDeskQueues(db, { user })} />}

      {user.role === "reporter" && <ReporterDesk userId={user.id} latest={latest} before={storiesBefore} locale={user.locale} />}

      {(user.role === "editor" || user.role === "desk_head") && latest && (
        <section>
          <h2 className="mb-3 text-lg font-bold">
            {t("dashboard.todayBudget")} · {formatEditionDate(latest.date, user.locale)}
          </h2>
          <BudgetTable date={latest.date} initialItems={listBudget(db, { editionDate: latest.date })} />
        </section>
      )}

      {user.role === "chief" && latest && <ChiefDesk latest={latest} before={editionsBefore} locale={user.locale} />}

      {user.role === "admin" && (
        <section>
          <div className="mb-3 flex items-baseline gap-4">
            <h2 className="text-lg font-bold">{t("dashboard.users")}</h2>
            <Link href="/admin/users" className="text-sm text-press hover:underline">
              {t("users.manage")} →
            </Link>
            <Link href="/admin/publication" className="text-sm text-press hover:underline">
              {t("publicationAdmin.link")} →
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

async function ChiefDesk({ latest, before, locale }: { latest: Edition; before?: string; locale: Locale }) {
  const t = await getTranslations();
  const db = getDb();
  const earlier = listEarlierEditions(db, { before: before ?? latest.date });
  return (
    <>
      <section>
        <h2 className="mb-3 text-lg font-bold">
          {t("dashboard.pages")} · {formatEditionDate(latest.date, locale)}
        </h2>
        <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm">
          {listPagesWithState(db, { editionId: latest.id }).map((p) => (
            <li key={p.id} data-testid="chief-page-row" className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
              <span className="text-stone-600">{formatEditionDate(p.editionDate, locale)}</span>
              <Link href={`/editions/${p.editionDate}/pages/${p.number}`} className="font-bold hover:underline">
                {t("page.number", { n: p.number })} <Content>{p.name}</Content>
              </Link>
              <span>
                {t("page.responsibleEditor")}：{p.responsibleEditor ? <Content>{p.responsibleEditor}</Content> : t("common.none")}
              </span>
              <span className="ml-auto">
                <PageStateBadge state={p.state} />
              </span>
            </li>
          ))}
        </ul>
      </section>
      {(earlier.editions.length > 0 || before) && (
        <section>
          <h2 className="mb-3 text-lg font-bold">{t("dashboard.earlierEditions")}</h2>
          <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm">
            {earlier.editions.map((e) => (
              <li key={e.id} className="px-3 py-2" data-testid="earlier-edition">
                <Link href={`/editions/${e.date}/pages`} className="hover:underline">
                  {formatEditionDate(e.date, locale)}
                </Link>
              </li>
            ))}
          </ul>
          <MoreLinks paged={before !== undefined} next={earlier.next === null ? null : `/?editionsBefore=${earlier.next}`} />
        </section>
      )}
    </>
  );
}

/** The reporter's stories (her assignments and returned stories are queues above). */
async function ReporterDesk({ userId, latest, before, locale }: { userId: number; latest?: Edition; before?: number; locale: Locale }) {
  const t = await getTranslations("dashboard");
  const db = getDb();
  const today = latest ? listStoriesOfUserInEdition(db, { userId, editionId: latest.id }) : [];
  const earlier = listEarlierStoriesOfUser(db, { userId, exceptEditionId: latest?.id, before });
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section>
        <h2 className="mb-3 text-lg font-bold">
          {t("myStories")}
          {latest && ` · ${formatEditionDate(latest.date, locale)}`}
        </h2>
        {today.length === 0 ? <p className="text-sm text-stone-500">{t("noStories")}</p> : <StoryList items={today} testId="my-story" />}
      </section>
      {(earlier.stories.length > 0 || before !== undefined) && (
        <section>
          <h2 className="mb-3 text-lg font-bold">{t("earlierStories")}</h2>
          <StoryList items={earlier.stories} testId="my-earlier-story" />
          <MoreLinks paged={before !== undefined} next={earlier.next === null ? null : `/?storiesBefore=${earlier.next}`} />
        </section>
      )}
    </div>
  );
}

function StoryList({ items, testId }: { items: StoryListItem[]; testId?: string }) {
  return (
    <ul className="divide-y divide-stone-100 bg-white text-sm shadow-sm">
      {items.map((s) => (
        <li key={s.id} className="flex items-center gap-3 px-3 py-2" data-testid={testId}>
          <span className="shrink-0 text-xs text-stone-500">{s.editionDate}</span>
          <Link href={`/stories/${s.id}`} className="min-w-0 break-words font-serif font-bold hover:underline" data-content="">
            {s.headline ?? s.slug}
          </Link>
          <span className="ml-auto shrink-0">
            <StoryStatusBadge status={s.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}
