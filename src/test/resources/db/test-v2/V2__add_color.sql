-- adds a column; the backup must still have the old shape
ALTER TABLE notes ADD COLUMN color TEXT NOT NULL DEFAULT 'yellow';
CREATE INDEX notes_color ON notes(color);
