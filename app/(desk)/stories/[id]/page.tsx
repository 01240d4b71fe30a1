import { notFound } from "next/navigation";
import { StoryWorkspace } from "@/components/story-editor/story-workspace";
import { requireUser } from "@/app/_server/session";
import { idParam } from "@/app/_server/schemas";
import { getDb } from "@/db/client";
import { getStoryForUser } from "@/db/queries/story-for-user";

export const dynamic = "force-dynamic";

/** A story: opening it reads it (the editor form at this user's step, else the read view); the lease waits for the first keystroke. */
export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reporter");
  const parsed = idParam.safeParse(await params);
  if (!parsed.success) notFound();
  const story = getStoryForUser(getDb(), { id: parsed.data.id, user });
  if (!story) notFound();
  return (
    <StoryWorkspace
      storyId={story.id}
      initialStory={story}
      locale={user.locale}
      currentUser={{ id: user.id, name: user.name, role: user.role }}
    />
  );
}
