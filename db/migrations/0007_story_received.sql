ALTER TABLE `stories` ADD `received_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `stories` ADD `received_at` text;