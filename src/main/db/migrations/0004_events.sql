CREATE TABLE `event_people` (
	`event_id` text NOT NULL,
	`person_id` text NOT NULL,
	`attending` integer DEFAULT true NOT NULL,
	`target` integer DEFAULT false NOT NULL,
	`research` text DEFAULT '' NOT NULL,
	`common_topics` text DEFAULT '' NOT NULL,
	`met` integer DEFAULT false NOT NULL,
	`talked_about` text DEFAULT '' NOT NULL,
	`promised` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_people_person_idx` ON `event_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `event_topics` (
	`event_id` text NOT NULL,
	`topic_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`event_id`, `topic_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_topics_topic_idx` ON `event_topics` (`topic_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text DEFAULT 'meetup' NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`goals` text DEFAULT '[]' NOT NULL,
	`arrive_at` text DEFAULT '' NOT NULL,
	`leave_by` text DEFAULT '' NOT NULL,
	`break_plan` text DEFAULT '' NOT NULL,
	`recovery` text DEFAULT '' NOT NULL,
	`quiet_place` text DEFAULT '' NOT NULL,
	`wizard_step` integer DEFAULT 0 NOT NULL,
	`energy` integer,
	`reflection` text DEFAULT '' NOT NULL,
	`reflected_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `events_starts_idx` ON `events` (`deleted_at`,`starts_at`);--> statement-breakpoint
ALTER TABLE `followups` ADD `event_id` text REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null;