/**
 * The story-text schema and limits, where they live today (db/commands/story-content.ts holds no db code).
 * This is the one import of them into lib/api: when they move to lib/, only this line changes.
 */
export { LIMITS, bylineInput, storyContentSchema, storyMetaSchema } from "@/db/commands/story-content";
