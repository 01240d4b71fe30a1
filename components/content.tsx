import type { ReactNode } from "react";

/**
 * Marks text that is content, not interface: story text, people's names, publication and page names.
 * It stays in the language it was written in, so the locale walk (e2e) skips `[data-content]`.
 */
export function Content({ children }: { children: ReactNode }) {
  return <span data-content="">{children}</span>;
}

/** For `t.rich(key, { …, content: contentTag })`: the `<content>…</content>` part of a message is content. */
export const contentTag = (chunks: ReactNode) => <Content>{chunks}</Content>;
