CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`occurred_at` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`source_kind` text,
	`source_id` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interactions_person_idx` ON `interactions` (`person_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `interactions_source_idx` ON `interactions` (`source_kind`,`source_id`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_person_idx` ON `milestones` (`person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`family_name` text DEFAULT '' NOT NULL,
	`given_name` text DEFAULT '' NOT NULL,
	`family_name_kana` text DEFAULT '' NOT NULL,
	`given_name_kana` text DEFAULT '' NOT NULL,
	`name_order` text DEFAULT 'auto' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL,
	`search_key` integer NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`company` text DEFAULT '' NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`links` text DEFAULT '{}' NOT NULL,
	`expertise` text DEFAULT '[]' NOT NULL,
	`interests` text DEFAULT '[]' NOT NULL,
	`challenges` text DEFAULT '[]' NOT NULL,
	`met_how` text DEFAULT '' NOT NULL,
	`met_where` text DEFAULT '' NOT NULL,
	`met_on` text,
	`stage` text DEFAULT 'discovered' NOT NULL,
	`cadence_days` integer,
	`mourning_year` integer,
	`preferred_channel` text,
	`preferred_language` text,
	`notes` text DEFAULT '' NOT NULL,
	`last_contact_at` text,
	`next_contact_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `people_sort_idx` ON `people` (`deleted_at`,`sort_key`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_search_key_idx` ON `people` (`search_key`);--> statement-breakpoint
CREATE INDEX `people_stage_idx` ON `people` (`stage`);--> statement-breakpoint
CREATE INDEX `people_next_contact_idx` ON `people` (`next_contact_on`);--> statement-breakpoint
CREATE TABLE `person_tags` (
	`person_id` text NOT NULL,
	`tag_id` text NOT NULL,
	PRIMARY KEY(`person_id`, `tag_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_tags_tag_idx` ON `person_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_idx` ON `tags` ("name" COLLATE NOCASE);