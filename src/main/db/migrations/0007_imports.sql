CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`format` text NOT NULL,
	`created_count` integer DEFAULT 0 NOT NULL,
	`merged_count` integer DEFAULT 0 NOT NULL,
	`skipped_count` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `import_rows` (
	`batch_id` text NOT NULL,
	`person_id` text NOT NULL,
	`action` text NOT NULL,
	`previous` text,
	`applied` text,
	`added_milestones` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`batch_id`, `person_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_rows_person_idx` ON `import_rows` (`person_id`);