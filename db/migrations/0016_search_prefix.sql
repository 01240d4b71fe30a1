-- A prefix index of one character (docs/SEARCH.md "One-character queries"): a one-character query ("的"*) and the
-- trailing character of a mixed one (2018年 → "2018 年"*) read one doclist of the prefix index, lazily, instead of
-- FTS5 merging the doclists of every bigram that starts with the character before its first row (seconds at 1M stories).
-- FTS5 cannot add the option to a table: the index and its triggers are made again and the index rebuilt from the
-- stories (the view story_search_source is unchanged).
DROP TRIGGER `story_search_insert`;--> statement-breakpoint
DROP TRIGGER `story_search_update`;--> statement-breakpoint
DROP TRIGGER `story_search_delete`;--> statement-breakpoint
DROP TRIGGER `story_search_sidebar_insert`;--> statement-breakpoint
DROP TRIGGER `story_search_sidebar_update`;--> statement-breakpoint
DROP TRIGGER `story_search_sidebar_delete`;--> statement-breakpoint
DROP TRIGGER `story_search_byline_insert`;--> statement-breakpoint
DROP TRIGGER `story_search_byline_update`;--> statement-breakpoint
DROP TRIGGER `story_search_byline_delete`;--> statement-breakpoint
DROP TRIGGER `story_search_person_rename`;--> statement-breakpoint
DROP TRIGGER `story_search_edition_date`;--> statement-breakpoint
DROP TABLE `story_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `story_search` USING fts5(`title`, `body`, `people`, `slug`, `edition`, content='', contentless_delete=1, prefix='1', tokenize='unicode61 remove_diacritics 0');--> statement-breakpoint
-- The index changes in the writing statement's own transaction: every save, restore, spike, import, deletion.
CREATE TRIGGER `story_search_insert` AFTER INSERT ON `stories` BEGIN
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_update` AFTER UPDATE OF `kicker`, `headline`, `subheadline`, `body`, `slug`, `edition_id` ON `stories`
WHEN OLD.`kicker` IS NOT NEW.`kicker` OR OLD.`headline` IS NOT NEW.`headline` OR OLD.`subheadline` IS NOT NEW.`subheadline`
  OR OLD.`body` IS NOT NEW.`body` OR OLD.`slug` IS NOT NEW.`slug` OR OLD.`edition_id` IS NOT NEW.`edition_id` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_delete` AFTER DELETE ON `stories` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_insert` AFTER INSERT ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = NEW.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_update` AFTER UPDATE ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (OLD.`story_id`, NEW.`story_id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` IN (OLD.`story_id`, NEW.`story_id`);
END;--> statement-breakpoint
CREATE TRIGGER `story_search_sidebar_delete` AFTER DELETE ON `sidebars` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = OLD.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_insert` AFTER INSERT ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid = NEW.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = NEW.`story_id`;
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_update` AFTER UPDATE ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (OLD.`story_id`, NEW.`story_id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` IN (OLD.`story_id`, NEW.`story_id`);
END;--> statement-breakpoint
CREATE TRIGGER `story_search_byline_delete` AFTER DELETE ON `story_bylines` BEGIN
  DELETE FROM `story_search` WHERE rowid = OLD.`story_id`;
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` = OLD.`story_id`;
END;--> statement-breakpoint
-- A person renamed: every story in their byline (rare; the rename's transaction carries the cost).
CREATE TRIGGER `story_search_person_rename` AFTER UPDATE OF `name` ON `people` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (SELECT `story_id` FROM `story_bylines` WHERE `person_id` = NEW.`id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` IN (SELECT `story_id` FROM `story_bylines` WHERE `person_id` = NEW.`id`);
END;--> statement-breakpoint
-- An edition's date changed (no command does it today; a repair by hand might): every story of it.
CREATE TRIGGER `story_search_edition_date` AFTER UPDATE OF `date` ON `editions` WHEN OLD.`date` IS NOT NEW.`date` BEGIN
  DELETE FROM `story_search` WHERE rowid IN (SELECT `id` FROM `stories` WHERE `edition_id` = NEW.`id`);
  INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source` WHERE `id` IN (SELECT `id` FROM `stories` WHERE `edition_id` = NEW.`id`);
END;--> statement-breakpoint
-- data: the index rebuilt from the stories already written.
INSERT INTO `story_search`(rowid, `title`, `body`, `people`, `slug`, `edition`) SELECT `id`, `title`, `body`, `people`, `slug`, `edition` FROM `story_search_source`;
