DROP INDEX `story_bylines_person_idx`;--> statement-breakpoint
CREATE INDEX `story_bylines_person_idx` ON `story_bylines` (`person_id`,`story_id`);--> statement-breakpoint
ALTER TABLE `pages` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `zi` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stories` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `editions_date_idx` ON `editions` (`date`);--> statement-breakpoint
CREATE INDEX `notifications_user_latest_idx` ON `notifications` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `page_elements_story_idx` ON `page_elements` (`story_id`);--> statement-breakpoint
-- data: 字数 of every story (body and sidebar paragraphs, as storyZi counts them), so the budget and the lists
-- never read a body again. count_zi() is lib/cjk/count-zi.ts, registered on every connection by openDb (db/client.ts).
UPDATE `stories` SET `zi` =
  coalesce((SELECT sum(count_zi(b.value)) FROM json_each(`stories`.`body`) b), 0)
  + coalesce((SELECT sum(count_zi(p.value)) FROM `sidebars` s, json_each(s.`paragraphs`) p WHERE s.`story_id` = `stories`.`id`), 0);--> statement-breakpoint
-- data: `created_at` was overwritten by every write (schema.ts mapped updatedAt to it), so it holds the last write:
-- that (or a later revision or audit row, for writes that did not touch it) is `updated_at`; the creation time is
-- the earliest of it, the first revision and the first audit row ('create' / 'assign' / 'seed').
UPDATE `stories` SET `updated_at` = max(`created_at`,
  coalesce((SELECT max(r.`created_at`) FROM `story_revisions` r WHERE r.`story_id` = `stories`.`id`), ''),
  coalesce((SELECT max(a.`created_at`) FROM `audit_events` a WHERE a.`entity_type` = 'story' AND a.`entity_id` = `stories`.`id`), ''));--> statement-breakpoint
UPDATE `stories` SET `created_at` = min(`created_at`,
  coalesce((SELECT min(r.`created_at`) FROM `story_revisions` r WHERE r.`story_id` = `stories`.`id`), `created_at`),
  coalesce((SELECT min(a.`created_at`) FROM `audit_events` a WHERE a.`entity_type` = 'story' AND a.`entity_id` = `stories`.`id`), `created_at`));--> statement-breakpoint
UPDATE `pages` SET `updated_at` = max(`created_at`,
  coalesce((SELECT max(a.`created_at`) FROM `audit_events` a WHERE a.`entity_type` = 'page' AND a.`entity_id` = `pages`.`id`), ''),
  coalesce((SELECT max(s.`created_at`) FROM `page_snapshots` s WHERE s.`page_id` = `pages`.`id`), ''));--> statement-breakpoint
UPDATE `pages` SET `created_at` = min(`created_at`,
  coalesce((SELECT min(a.`created_at`) FROM `audit_events` a WHERE a.`entity_type` = 'page' AND a.`entity_id` = `pages`.`id`), `created_at`),
  coalesce((SELECT min(s.`created_at`) FROM `page_snapshots` s WHERE s.`page_id` = `pages`.`id`), `created_at`));--> statement-breakpoint
-- data: a row inserted without `updated_at` (by hand; the app always sets it) starts with its creation time.
CREATE TRIGGER `stories_updated_at_default` AFTER INSERT ON `stories` WHEN NEW.`updated_at` = ''
BEGIN UPDATE `stories` SET `updated_at` = NEW.`created_at` WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `pages_updated_at_default` AFTER INSERT ON `pages` WHEN NEW.`updated_at` = ''
BEGIN UPDATE `pages` SET `updated_at` = NEW.`created_at` WHERE `id` = NEW.`id`; END;
