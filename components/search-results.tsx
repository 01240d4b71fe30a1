import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchHit } from "@/db/queries/search-stories";
import type { SnippetPart } from "@/lib/search/snippet";
import { Content } from "./content";

/** Snippet pieces as text, the hits in <mark>: nothing from the story is ever HTML. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <Content>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="bg-amber-200 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </Content>
  );
}

/** One page of search results: where each story ran, its title and snippet with the hits marked. */
export async function SearchResults({ hits }: { hits: SearchHit[] }) {
  const t = await getTranslations();
  return (
    <ol className="divide-y divide-stone-200" data-testid="search-results">
      {hits.map((h) => (
        <li key={h.id} className="py-3" data-testid="search-hit">
          <Link href={`/stories/${h.id}`} className="font-serif text-lg font-bold hover:underline">
            <Marked parts={h.title} />
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            <Marked parts={h.snippet} />
          </p>
          <p className="mt-1 text-xs text-stone-500">
            {h.pageNumber === null ? t("search.unplaced", { date: h.editionDate }) : t("search.where", { date: h.editionDate, n: h.pageNumber })}
            {h.pageName && (
              <>
                {" "}
                <Content>{h.pageName}</Content>
              </>
            )}
            {" · "}
            {t(`status.${h.status}`)}
            {h.bylines.length > 0 && (
              <>
                {" · "}
                <Content>{h.bylines.join(" ")}</Content>
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
