import { parseMigration } from '../../../src/main/db/migrations'

const columns = [
  'id', 'family_name', 'given_name', 'family_name_kana', 'given_name_kana', 'name_order', 'sort_key', 'search_key',
  'headline', 'company', 'department', 'email', 'links', 'expertise', 'interests', 'challenges', 'met_how',
  'met_where', 'met_on', 'stage', 'cadence_days', 'mourning_year', 'greetings', 'postal_address', 'preferred_channel', 'preferred_language', 'notes',
  'last_contact_at', 'next_contact_on', 'created_at', 'updated_at', 'deleted_at'
]
const columnList = columns.map((column) => `"${column}"`).join(', ')

/**
 * A test-only migration that rebuilds `people` exactly as drizzle-kit writes a column change SQLite
 * cannot ALTER (here: the default of `stage` becomes 'met'), foreign-key pragmas included.
 */
export const rebuildPeople = parseMigration(
  '9000_test_rebuild_people',
  `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_people\` (
	\`id\` text PRIMARY KEY NOT NULL,
	\`family_name\` text DEFAULT '' NOT NULL,
	\`given_name\` text DEFAULT '' NOT NULL,
	\`family_name_kana\` text DEFAULT '' NOT NULL,
	\`given_name_kana\` text DEFAULT '' NOT NULL,
	\`name_order\` text DEFAULT 'auto' NOT NULL,
	\`sort_key\` text DEFAULT '' NOT NULL,
	\`search_key\` integer NOT NULL,
	\`headline\` text DEFAULT '' NOT NULL,
	\`company\` text DEFAULT '' NOT NULL,
	\`department\` text DEFAULT '' NOT NULL,
	\`email\` text DEFAULT '' NOT NULL,
	\`links\` text DEFAULT '{}' NOT NULL,
	\`expertise\` text DEFAULT '[]' NOT NULL,
	\`interests\` text DEFAULT '[]' NOT NULL,
	\`challenges\` text DEFAULT '[]' NOT NULL,
	\`met_how\` text DEFAULT '' NOT NULL,
	\`met_where\` text DEFAULT '' NOT NULL,
	\`met_on\` text,
	\`stage\` text DEFAULT 'met' NOT NULL,
	\`cadence_days\` integer,
	\`mourning_year\` integer,
	\`greetings\` integer,
	\`postal_address\` text DEFAULT '' NOT NULL,
	\`preferred_channel\` text,
	\`preferred_language\` text,
	\`notes\` text DEFAULT '' NOT NULL,
	\`last_contact_at\` text,
	\`next_contact_on\` text,
	\`created_at\` text NOT NULL,
	\`updated_at\` text NOT NULL,
	\`deleted_at\` text
);
--> statement-breakpoint
INSERT INTO \`__new_people\`(${columnList}) SELECT ${columnList} FROM \`people\`;--> statement-breakpoint
DROP TABLE \`people\`;--> statement-breakpoint
ALTER TABLE \`__new_people\` RENAME TO \`people\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX \`people_sort_idx\` ON \`people\` (\`deleted_at\`,\`sort_key\`,\`id\`);--> statement-breakpoint
CREATE UNIQUE INDEX \`people_search_key_idx\` ON \`people\` (\`search_key\`);--> statement-breakpoint
CREATE INDEX \`people_stage_idx\` ON \`people\` (\`stage\`);--> statement-breakpoint
CREATE INDEX \`people_next_contact_idx\` ON \`people\` (\`next_contact_on\`);`
)
