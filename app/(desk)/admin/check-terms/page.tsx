import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckTermsAdmin } from "@/components/admin/check-terms-admin";
import { requireUser } from "@/app/_server/session";
import { getDb } from "@/db/client";
import { listCheckTerms } from "@/db/queries/check-lists";
import { mayManagePublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

/** 机检 word lists (admin and chief; every write through /api/check-terms). docs/CHECK.md. */
export default async function CheckTermsPage() {
  const user = await requireUser();
  if (!mayManagePublication(user.role)) redirect("/?denied=1");
  const t = await getTranslations("check");
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-stone-600">{t("hint")}</p>
      <CheckTermsAdmin initial={listCheckTerms(getDb(), { list: "banned" })} />
    </div>
  );
}
