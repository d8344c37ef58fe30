-- An audit entry of written records names every unit they were written for,
-- besides the unit it is filed under (the lowest that holds them all), so
-- that each of those units reads it in its own log: a commune sees that the
-- province's batch for communes of two districts wrote for it too.

-- +goose Up
ALTER TABLE audit ADD COLUMN units text[];
CREATE INDEX audit_units ON audit USING gin (units);

-- +goose Down
DROP INDEX audit_units;
ALTER TABLE audit DROP COLUMN units;
