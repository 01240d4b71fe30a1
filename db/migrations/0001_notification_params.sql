ALTER TABLE `notifications` ADD `params` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Existing notifications were stored as Chinese sentences; map each pattern back to its kind and parameters.
UPDATE `notifications` SET `params` = json_object(
  'actor', substr(`message`, 1, instr(`message`, ' 派稿给你：「') - 1),
  'story', substr(`message`, instr(`message`, ' 派稿给你：「') + 7, length(`message`) - instr(`message`, ' 派稿给你：「') - 7)
) WHERE `kind` = 'assigned' AND instr(`message`, ' 派稿给你：「') > 1 AND `message` LIKE '%」';--> statement-breakpoint
UPDATE `notifications` SET `params` = json_object(
  'actor', substr(`message`, 1, instr(`message`, ' 交稿：「') - 1),
  'story', substr(`message`, instr(`message`, ' 交稿：「') + 5, length(`message`) - instr(`message`, ' 交稿：「') - 5)
) WHERE `kind` = 'filed' AND instr(`message`, ' 交稿：「') > 1 AND `message` LIKE '%」';--> statement-breakpoint
UPDATE `notifications` SET `params` = json_object(
  'story', substr(`message`, 2, instr(`message`, '」被退回：') - 2),
  'reason', substr(`message`, instr(`message`, '」被退回：') + 5)
) WHERE `kind` = 'returned' AND `message` LIKE '「%' AND instr(`message`, '」被退回：') > 1;--> statement-breakpoint
UPDATE `notifications` SET `kind` = 'passed', `params` = json_object('story', substr(`message`, 2, length(`message`) - 6))
WHERE `kind` = 'approved' AND `message` LIKE '「%」初审通过';--> statement-breakpoint
UPDATE `notifications` SET `params` = json_object('story', substr(`message`, 2, length(`message`) - 6))
WHERE `kind` = 'approved' AND `message` LIKE '「%」终审通过';--> statement-breakpoint
UPDATE `notifications` SET `params` = json_object(
  'actor', substr(`message`, 1, instr(`message`, ' 接手编辑「') - 1),
  'story', substr(`message`, instr(`message`, ' 接手编辑「') + 6, length(`message`) - instr(`message`, ' 接手编辑「') - 24)
) WHERE `kind` = 'taken_over' AND instr(`message`, ' 接手编辑「') > 1 AND `message` LIKE '%」；你未保存的文字仍保留在你的浏览器中';--> statement-breakpoint
-- Anything else keeps its sentence, shown as it was.
UPDATE `notifications` SET `kind` = 'legacy', `params` = json_object('text', `message`) WHERE `params` = '{}';--> statement-breakpoint
ALTER TABLE `notifications` DROP COLUMN `message`;
