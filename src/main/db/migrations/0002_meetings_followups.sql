CREATE TABLE `followups` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`meeting_id` text,
	`event_id` text,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`draft` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`due_on` text NOT NULL,
	`original_due_on` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`source_key` text,
	`done_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `followups_due_idx` ON `followups` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `followups_person_idx` ON `followups` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `followups_source_idx` ON `followups` (`source_key`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`format` text DEFAULT 'coffee' NOT NULL,
	`starts_at` text,
	`place` text DEFAULT '' NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`questions` text DEFAULT '[]' NOT NULL,
	`invitation_language` text,
	`invitation_draft` text DEFAULT '' NOT NULL,
	`plan_step` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`cares_about` text DEFAULT '' NOT NULL,
	`their_challenges` text DEFAULT '' NOT NULL,
	`shared_interests` text DEFAULT '' NOT NULL,
	`help_each_other` text DEFAULT '' NOT NULL,
	`my_promises` text DEFAULT '' NOT NULL,
	`their_promises` text DEFAULT '' NOT NULL,
	`free_notes` text DEFAULT '' NOT NULL,
	`ended_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_person_idx` ON `meetings` (`person_id`);--> statement-breakpoint
CREATE INDEX `meetings_starts_idx` ON `meetings` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text
);
