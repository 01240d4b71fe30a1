CREATE TABLE `proof_marks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` integer NOT NULL,
	`story_id` integer NOT NULL,
	`round` integer NOT NULL,
	`type` text NOT NULL,
	`field` text DEFAULT 'body' NOT NULL,
	`paragraph` integer DEFAULT 0 NOT NULL,
	`offset` integer NOT NULL,
	`marked` text NOT NULL,
	`correction` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`created_by_id` integer NOT NULL,
	`resolved_by_id` integer,
	`resolved_at` text,
	`resolve_reason` text,
	`revision_number` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proof_marks_page_idx` ON `proof_marks` (`page_id`,`state`);--> statement-breakpoint
CREATE INDEX `proof_marks_story_idx` ON `proof_marks` (`story_id`);--> statement-breakpoint
CREATE TABLE `proof_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` integer NOT NULL,
	`round` integer NOT NULL,
	`signed_by_id` integer NOT NULL,
	`signed_at` text NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proof_rounds_page_round_idx` ON `proof_rounds` (`page_id`,`round`);--> statement-breakpoint
ALTER TABLE `publications` ADD `review_levels` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `proof_rounds` integer DEFAULT 3 NOT NULL;