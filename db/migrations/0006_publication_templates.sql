CREATE TABLE `page_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publication_id` integer NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`responsible_editor_id` integer,
	`grid_columns` integer DEFAULT 8 NOT NULL,
	`chars_per_column` integer DEFAULT 13 NOT NULL,
	`gutter_chars` integer DEFAULT 1 NOT NULL,
	`lines_per_column` integer DEFAULT 100 NOT NULL,
	`weekdays` text DEFAULT '[1,2,3,4,5,6,7]' NOT NULL,
	`strip_lines` integer DEFAULT 4 NOT NULL,
	`footer_lines` integer DEFAULT 4 NOT NULL,
	`footer_text` text DEFAULT '' NOT NULL,
	`ad_slots` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `page_templates_pub_number_idx` ON `page_templates` (`publication_id`,`number`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_page_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`page_id` integer NOT NULL,
	`hash` text NOT NULL,
	`content` text NOT NULL,
	`signed_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`page_id`) REFERENCES `pages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`signed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_page_snapshots`("id", "page_id", "hash", "content", "signed_by_id", "created_at") SELECT "id", "page_id", "hash", "content", "signed_by_id", "created_at" FROM `page_snapshots`;--> statement-breakpoint
DROP TABLE `page_snapshots`;--> statement-breakpoint
ALTER TABLE `__new_page_snapshots` RENAME TO `page_snapshots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `page_snapshots_page_idx` ON `page_snapshots` (`page_id`);--> statement-breakpoint
ALTER TABLE `editions` ADD `total_number` integer;--> statement-breakpoint
ALTER TABLE `editions` ADD `year_number` integer;--> statement-breakpoint
ALTER TABLE `publications` ADD `time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `first_total_number` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `first_year_number` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `weekdays` text DEFAULT '[1,2,3,4,5,6,7]' NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- data: the publication's last change is its creation, and a row written by hand gets the same (as 0003 does for stories and pages).
UPDATE `publications` SET `updated_at` = `created_at` WHERE `updated_at` = '';--> statement-breakpoint
CREATE TRIGGER `publications_updated_at_default` AFTER INSERT ON `publications` WHEN NEW.`updated_at` = ''
BEGIN UPDATE `publications` SET `updated_at` = NEW.`created_at` WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `page_templates_updated_at_default` AFTER INSERT ON `page_templates` WHEN NEW.`updated_at` = ''
BEGIN UPDATE `page_templates` SET `updated_at` = NEW.`created_at` WHERE `id` = NEW.`id`; END;--> statement-breakpoint
-- data: editions made before numbering count from 1 in date order (总第N期), and from 1 again each year (第N期).
UPDATE `editions` SET
  `total_number` = (SELECT COUNT(*) FROM `editions` e WHERE e.`publication_id` = `editions`.`publication_id` AND e.`date` <= `editions`.`date`),
  `year_number` = (SELECT COUNT(*) FROM `editions` e WHERE e.`publication_id` = `editions`.`publication_id` AND e.`date` <= `editions`.`date` AND substr(e.`date`, 1, 4) = substr(`editions`.`date`, 1, 4))
WHERE `total_number` IS NULL;
