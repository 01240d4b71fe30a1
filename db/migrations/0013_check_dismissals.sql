CREATE TABLE `check_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_id` integer NOT NULL,
	`key` text NOT NULL,
	`rule` text NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`by_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_dismissals_story_key_idx` ON `check_dismissals` (`story_id`,`key`);--> statement-breakpoint
CREATE INDEX `check_dismissals_story_kind_idx` ON `check_dismissals` (`story_id`,`kind`,`id`);--> statement-breakpoint
CREATE TABLE `story_check_counts` (
	`story_id` integer PRIMARY KEY NOT NULL,
	`story_version` integer NOT NULL,
	`lists_version` text NOT NULL,
	`block_open` integer DEFAULT 0 NOT NULL,
	`warn_open` integer DEFAULT 0 NOT NULL,
	`block_overridden` integer DEFAULT 0 NOT NULL,
	`warn_dismissed` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);
