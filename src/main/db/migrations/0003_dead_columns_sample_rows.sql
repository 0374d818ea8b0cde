CREATE TABLE `sample_rows` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
ALTER TABLE `followups` DROP COLUMN `event_id`;--> statement-breakpoint
ALTER TABLE `interactions` DROP COLUMN `deleted_at`;--> statement-breakpoint
ALTER TABLE `meetings` DROP COLUMN `deleted_at`;