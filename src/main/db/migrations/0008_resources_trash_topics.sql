CREATE TABLE `resource_topics` (
	`resource_id` text NOT NULL,
	`topic_id` text NOT NULL,
	PRIMARY KEY(`resource_id`, `topic_id`),
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `resource_topics_topic_idx` ON `resource_topics` (`topic_id`);--> statement-breakpoint
ALTER TABLE `resources` ADD `deleted_at` text;