-- Custom SQL migration file, put your code below! --
-- Trigram full-text index over people: substring search that works for Japanese (3+ characters).
-- A plain FTS table keyed by person_id, not external content: people has no INTEGER PRIMARY KEY,
-- and VACUUM may renumber implicit rowids.
CREATE VIRTUAL TABLE `people_fts` USING fts5(
	person_id UNINDEXED, names, work, about, notes,
	tokenize = 'trigram'
);
--> statement-breakpoint
-- People written before this migration are indexed too.
INSERT INTO people_fts (person_id, names, work, about, notes)
SELECT id,
	family_name || ' ' || given_name || ' ' || family_name_kana || ' ' || given_name_kana,
	headline || ' ' || company || ' ' || department || ' ' || email,
	expertise || ' ' || interests || ' ' || challenges || ' ' || met_how || ' ' || met_where,
	notes
FROM people;
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO people_fts (person_id, names, work, about, notes) VALUES (
		new.id,
		new.family_name || ' ' || new.given_name || ' ' || new.family_name_kana || ' ' || new.given_name_kana,
		new.headline || ' ' || new.company || ' ' || new.department || ' ' || new.email,
		new.expertise || ' ' || new.interests || ' ' || new.challenges || ' ' || new.met_how || ' ' || new.met_where,
		new.notes
	);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM people_fts WHERE person_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF family_name, given_name, family_name_kana, given_name_kana,
	headline, company, department, email, expertise, interests, challenges, met_how, met_where, notes ON `people` BEGIN
	UPDATE people_fts SET
		names = new.family_name || ' ' || new.given_name || ' ' || new.family_name_kana || ' ' || new.given_name_kana,
		work = new.headline || ' ' || new.company || ' ' || new.department || ' ' || new.email,
		about = new.expertise || ' ' || new.interests || ' ' || new.challenges || ' ' || new.met_how || ' ' || new.met_where,
		notes = new.notes
	WHERE person_id = new.id;
END;
