CREATE TABLE `story_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_id` integer NOT NULL,
	`level` text NOT NULL,
	`outcome` text NOT NULL,
	`reviewer_id` integer NOT NULL,
	`opinion` text,
	`zi` integer NOT NULL,
	`revision` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `story_reviews_story_idx` ON `story_reviews` (`story_id`,`id`);--> statement-breakpoint
DROP INDEX `stories_unfinished_idx`;--> statement-breakpoint
CREATE INDEX `stories_unfinished_idx` ON `stories` (`edition_id`,`id`) WHERE status in ('assigned', 'draft', 'filed', 'returned', 'edited', 'reviewed');--> statement-breakpoint
ALTER TABLE `editions` ADD `review_levels` integer DEFAULT 2 NOT NULL;
--> statement-breakpoint
-- data: the review acts made before the 审稿单 existed, from the audit trail (every edition had two levels then):
-- 初审 = pass, or a return from filed; 终审 = approve, or a return from edited. The 字数 is the story's
-- present one (the audit did not keep it); the revision is the one the act cut, when found (else the latest).
INSERT INTO `story_reviews` (`story_id`, `level`, `outcome`, `reviewer_id`, `opinion`, `zi`, `revision`, `created_at`)
SELECT a.`entity_id`,
       CASE WHEN a.`action` = 'pass' OR (a.`action` = 'return' AND a.`from_state` = 'filed') THEN 'first' ELSE 'final' END,
       CASE WHEN a.`action` = 'return' THEN 'returned' ELSE 'passed' END,
       a.`actor_id`, a.`reason`, s.`zi`,
       COALESCE((SELECT r.`number` FROM `story_revisions` r
                 WHERE r.`story_id` = a.`entity_id` AND r.`cause` = a.`action` AND r.`author_id` = a.`actor_id` AND r.`created_at` >= a.`created_at`
                 ORDER BY r.`id` LIMIT 1),
                (SELECT MAX(r.`number`) FROM `story_revisions` r WHERE r.`story_id` = a.`entity_id`), 0),
       a.`created_at`
FROM `audit_events` a JOIN `stories` s ON s.`id` = a.`entity_id`
WHERE a.`entity_type` = 'story' AND a.`actor_id` IS NOT NULL
  AND (a.`action` IN ('pass', 'approve') OR (a.`action` = 'return' AND a.`from_state` IN ('filed', 'edited')))
ORDER BY a.`id`;
