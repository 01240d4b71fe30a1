import { getTranslations } from "next-intl/server";

/** The header's search box: a plain GET form to the results page, so it works before any script runs. */
export async function SearchBox() {
  const t = await getTranslations("search");
  return (
    <form action="/search" method="get" role="search" className="flex items-center gap-1">
      <input
        type="search"
        name="q"
        required
        maxLength={100}
        aria-label={t("box")}
        placeholder={t("placeholder")}
        className="w-44 rounded border border-stone-300 px-2 py-1 text-sm"
      />
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100">
        {t("submit")}
      </button>
    </form>
  );
}
