ALTER TABLE `editions` ADD `proof_rounds` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
-- data: editions made before the setting follow the publication's number of rounds (docs/PROOFING.md).
UPDATE `editions` SET `proof_rounds` = (SELECT `proof_rounds` FROM `publications` WHERE `publications`.`id` = `editions`.`publication_id`);
