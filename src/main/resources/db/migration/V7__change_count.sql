-- ZoneReader library schema, version 7: a count of changes, so the daily backup is skipped when nothing changed.
-- PRAGMA data_version does not survive a restart and the file's time changes on every open, so every table that
-- holds what an import or the reader made bumps one counter; the backup remembers the count it copied (settings).
CREATE TABLE change_count (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    changes INTEGER NOT NULL
);

INSERT INTO change_count(id, changes) VALUES (1, 0);


CREATE TRIGGER pages_insert_counted AFTER INSERT ON pages
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER pages_update_counted AFTER UPDATE ON pages
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER pages_delete_counted AFTER DELETE ON pages
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER articles_insert_counted AFTER INSERT ON articles
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER articles_update_counted AFTER UPDATE ON articles
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER articles_delete_counted AFTER DELETE ON articles
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER annotations_insert_counted AFTER INSERT ON annotations
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER annotations_update_counted AFTER UPDATE ON annotations
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER annotations_delete_counted AFTER DELETE ON annotations
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER bookmarks_insert_counted AFTER INSERT ON bookmarks
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER bookmarks_update_counted AFTER UPDATE ON bookmarks
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER bookmarks_delete_counted AFTER DELETE ON bookmarks
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER user_tags_insert_counted AFTER INSERT ON user_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER user_tags_update_counted AFTER UPDATE ON user_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER user_tags_delete_counted AFTER DELETE ON user_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER removed_tags_insert_counted AFTER INSERT ON removed_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER removed_tags_update_counted AFTER UPDATE ON removed_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER removed_tags_delete_counted AFTER DELETE ON removed_tags
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER read_state_insert_counted AFTER INSERT ON read_state
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER read_state_update_counted AFTER UPDATE ON read_state
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER read_state_delete_counted AFTER DELETE ON read_state
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;
