import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicationAdmin } from "@/components/admin/publication-admin";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { getPublication, listPageTemplates, publicationView } from "@/db/queries/publication";
import { listUsers } from "@/db/queries/users";
import { mayManagePublication } from "@/lib/publication";
import { hasEditorialRole } from "@/lib/roles";

export const dynamic = "force-dynamic";

/** The publication's settings and its page template (admin and chief; all writes through /api/publication and /api/page-templates). */
export default async function PublicationPage() {
  const user = await requireUser();
  if (!mayManagePublication(user.role)) redirect("/?denied=1");
  const t = await getTranslations("publicationAdmin");
  const db = getDb();
  const publication = getPublication(db);
  if (!publication) redirect("/");
  const editors = listUsers(db)
    .filter((u) => !u.disabled && hasEditorialRole(u.role, "editor"))
    .map(({ id, name }) => ({ id, name }));
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <PublicationAdmin initialPublication={publicationView(publication)} initialTemplates={listPageTemplates(db, { publicationId: publication.id })} editors={editors} />
    </div>
  );
}
