-- Custom SQL migration file, put your code below! --
-- Trigram full-text index over people: substring search that works for Japanese (3+ characters).
-- Rows are keyed by people.search_key, a stable integer (the implicit rowid may change on VACUUM),
-- so a match yields integer rowids without reading stored columns back.
CREATE VIRTUAL TABLE `people_fts` USING fts5(names, work, about, notes, tokenize = 'trigram');
--> statement-breakpoint
-- People written before this migration are indexed too.
INSERT INTO people_fts (rowid, names, work, about, notes)
SELECT search_key,
	family_name || ' ' || given_name || ' ' || family_name_kana || ' ' || given_name_kana,
	headline || ' ' || company || ' ' || department || ' ' || email,
	expertise || ' ' || interests || ' ' || challenges || ' ' || met_how || ' ' || met_where,
	notes
FROM people;
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO people_fts (rowid, names, work, about, notes) VALUES (
		new.search_key,
		new.family_name || ' ' || new.given_name || ' ' || new.family_name_kana || ' ' || new.given_name_kana,
		new.headline || ' ' || new.company || ' ' || new.department || ' ' || new.email,
		new.expertise || ' ' || new.interests || ' ' || new.challenges || ' ' || new.met_how || ' ' || new.met_where,
		new.notes
	);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM people_fts WHERE rowid = old.search_key;
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF family_name, given_name, family_name_kana, given_name_kana,
	headline, company, department, email, expertise, interests, challenges, met_how, met_where, notes ON `people` BEGIN
	UPDATE people_fts SET
		names = new.family_name || ' ' || new.given_name || ' ' || new.family_name_kana || ' ' || new.given_name_kana,
		work = new.headline || ' ' || new.company || ' ' || new.department || ' ' || new.email,
		about = new.expertise || ' ' || new.interests || ' ' || new.challenges || ' ' || new.met_how || ' ' || new.met_where,
		notes = new.notes
	WHERE rowid = new.search_key;
END;
