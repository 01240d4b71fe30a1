import { notFound } from "next/navigation";
import { z } from "zod";
import { LayoutEditor } from "@/components/layout-editor/layout-editor";
import { requireUser } from "@/app/_server/session";
import { editionDate } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getEditionPage } from "@/db/queries/pages";

export const dynamic = "force-dynamic";

const pageParams = z.object({ date: editionDate, number: z.coerce.number().int().min(1).max(200) });

/** 组版: the layout editor of one page (editors and the chief). */
export default async function PageLayoutView({ params }: { params: Promise<{ date: string; number: string }> }) {
  const user = await requireUser("editor");
  const parsed = pageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const page = getEditionPage(getDb(), { ...parsed.data, viewer: user });
  if (!page) notFound();
  return <LayoutEditor key={page.id} initialPage={page} locale={user.locale} />;
}
