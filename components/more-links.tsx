import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Earlier →" to the next page of a keyset-paginated list, "← back to the newest" (`newest`) once past the first. */
export async function MoreLinks({ paged, next, newest = "/" }: { paged: boolean; next: string | null; newest?: string }) {
  const t = await getTranslations("common");
  if (!paged && !next) return null;
  return (
    <p className="mt-2 flex gap-4 text-sm">
      {paged && (
        <Link href={newest} className="text-press hover:underline">
          {t("newest")}
        </Link>
      )}
      {next && (
        <Link href={next} className="text-press hover:underline">
          {t("earlier")}
        </Link>
      )}
    </p>
  );
}
