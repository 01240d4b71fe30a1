ALTER TABLE `notifications` ADD `page_id` integer REFERENCES pages(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `notifications_page_idx` ON `notifications` (`page_id`);--> statement-breakpoint
CREATE INDEX `pages_state_idx` ON `pages` (`state`,`updated_at`);--> statement-breakpoint
CREATE INDEX `stories_queue_idx` ON `stories` (`status`,`deadline`);