CREATE TABLE `check_lists_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`starter_loaded_at` text
);
--> statement-breakpoint
CREATE TABLE `check_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list` text NOT NULL,
	`term` text NOT NULL,
	`replacement` text,
	`note` text,
	`updated_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_terms_list_term_idx` ON `check_terms` (`list`,`term`);--> statement-breakpoint
-- data: the one row of the lists version (the starter lists are loaded on first start, db/commands/seed-check-terms.ts)
INSERT INTO `check_lists_state` (`id`, `version`) VALUES (1, 0);
