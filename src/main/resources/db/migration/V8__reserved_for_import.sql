-- Placeholder on the corrections branch only: schema V8 belongs to the import branch (source metadata), and the
-- migrations must be numbered without gaps. At merge, the import branch's V8 takes this file's place.
SELECT 1;
