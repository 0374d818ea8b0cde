CREATE TABLE `keep_in_touch` (
	`person_id` text PRIMARY KEY NOT NULL,
	`snoozed_until` text,
	`off` integer DEFAULT false NOT NULL,
	`last_suggested_on` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `resources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`why` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `people` ADD `greetings` integer;--> statement-breakpoint
ALTER TABLE `people` ADD `postal_address` text DEFAULT '' NOT NULL;