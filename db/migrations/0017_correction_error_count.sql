DROP INDEX `story_corrections_story_idx`;--> statement-breakpoint
ALTER TABLE `story_corrections` ADD `error_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `story_corrections_story_idx` ON `story_corrections` (`story_id`,`error_count`);