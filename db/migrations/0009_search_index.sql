-- Full-text search over every story (docs/SEARCH.md). The index holds pre-tokenized text: search_tokens() is
-- lib/search/tokens.ts indexText (Han bigrams, Latin and digit runs), registered on every connection by openDb
-- (db/client.ts), so unicode61 only splits on the spaces. Contentless: the text lives in stories; the index
-- keeps only the tokens (snippets are cut from the story's own text). rowid = stories.id.
CREATE VIRTUAL TABLE `story_search` USING fts5(`title`, `body`, `people`, `slug`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');--> statement-breakpoint
-- One story's index row, from its text, sidebars and byline names; the triggers and npm run search:reindex read it by id.
CREATE VIEW `story_search_source` AS SELECT
  s.`id` AS `id`,
  search_tokens(concat_ws(' ', s.`kicker`, s.`headline`, s.`subheadline`)) AS `title`,
  search_tokens(concat_ws(' ',
    (SELECT group_concat(b.`value`, ' ') FROM json_each(s.`body`) b),
    (SELECT group_concat(concat_ws(' ', x.`title`, (SELECT group_concat(p.`value`, ' ') FROM json_each(x.`paragraphs`) p)), ' ')
       FROM `sidebars` x WHERE x.`story_id` = s.`id`))) AS `body`,
  search_tokens((SELECT group_concat(pe.`name`, ' ') FROM `story_bylines` sb JOIN `people` pe ON pe.`id` = sb.`person_id` WHERE sb.`story_id` = s.`id`)) AS `people`,
  search_tokens(s.`slug`) AS `slug`
FROM `stories` s;--> statement-breakpoint
-- The index changes in the writing statement's own transaction: every save, restore, import, deletion.
CREATE TRIGGER `story_search_insert` AFTER INSERT ON `stories` BEGIN
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_update` AFTER UPDATE OF `kicker`, `headline`, `subheadline`, `body`, `slug` ON `stories`
WHEN OLD.`kicker` IS NOT NEW.`kicker` OR OLD.`headline` IS NOT NEW.`headline` OR OLD.`subheadline` IS NOT NEW.`subheadline`
  OR OLD.`body` IS NOT NEW.`body` OR OLD.`slug` IS NOT NEW.`slug` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_delete` AFTER DELETE ON `stories` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_insert` AFTER INSERT ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = NEW.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_update` AFTER UPDATE ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (OLD.`story_id`, NEW.`story_id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` IN (OLD.`story_id`, NEW.`story_id`);
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_delete` AFTER DELETE ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = OLD.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_insert` AFTER INSERT ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = NEW.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_update` AFTER UPDATE ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (OLD.`story_id`, NEW.`story_id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` IN (OLD.`story_id`, NEW.`story_id`);
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_delete` AFTER DELETE ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source` WHERE `id` = OLD.`story_id`;
END;--> statement-breakpoint
-- A person renamed: every story in their byline (rare; the rename's transaction carries the cost).
CREATE TRIGGER `story_search_person_rename` AFTER UPDATE OF `name` ON `people` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (SELECT `story_id` FROM `story_bylines` WHERE `person_id` = NEW.`id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source`
    WHERE `id` IN (SELECT `story_id` FROM `story_bylines` WHERE `person_id` = NEW.`id`);
END;--> statement-breakpoint
-- data: the stories already written.
INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`) SELECT `id`, `title`, `body`, `people`, `slug` FROM `story_search_source`;
