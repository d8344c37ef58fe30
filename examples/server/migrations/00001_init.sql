-- The tracker's schema. Unit IDs are the org tree's IDs ("doan_xa@2025:25966");
-- indicator codes are the catalog's. Nothing here holds a raw citizen ID:
-- subjects are metrics.Pseudonymizer keys ("s1:…", HMAC-SHA-256 with the
-- server's secret).

-- +goose Up
CREATE TABLE tokens (
    id         bigserial PRIMARY KEY,
    -- SHA-256 of the token; the token itself is shown once, when made.
    hash       bytea NOT NULL UNIQUE CHECK (octet_length(hash) = 32),
    unit       text NOT NULL,
    name       text NOT NULL,
    can_write  boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

-- One row per roster file accepted; inserted in the same transaction as its
-- records, so a roster is either wholly stored or not at all.
CREATE TABLE uploads (
    id          bigserial PRIMARY KEY,
    unit        text NOT NULL,
    token_id    bigint NOT NULL REFERENCES tokens (id),
    filename    text NOT NULL,
    sha256      bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    rows        integer NOT NULL,
    accepted    integer NOT NULL,
    rejected    integer NOT NULL,
    records     integer NOT NULL,
    report      jsonb NOT NULL
);
CREATE INDEX uploads_unit ON uploads (unit, received_at);

-- Records are idempotent by ID: a retried submission finds its IDs taken and
-- changes nothing.
CREATE TABLE records (
    id         text PRIMARY KEY CHECK (id <> '' AND length(id) <= 200),
    indicator  text NOT NULL,
    unit       text NOT NULL,
    day        date NOT NULL,
    end_day    date CHECK (end_day IS NULL OR end_day >= day),
    value      bigint NOT NULL,
    subject    text CHECK (subject IS NULL OR subject LIKE 's1:%'),
    -- where the record came from ("api", "roster:danh-sach.csv"), for audit
    source     text NOT NULL,
    -- breakdown tags ({"sex": "nu", "age": "16-30"}), from rosters
    tags       jsonb,
    upload_id  bigint REFERENCES uploads (id),
    token_id   bigint NOT NULL REFERENCES tokens (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_day ON records (day, indicator, unit);
CREATE INDEX records_upload ON records (upload_id) WHERE upload_id IS NOT NULL;

-- A unit's report for a period (completeness and timeliness): the first
-- receipt counts; sending again does not move it.
CREATE TABLE submissions (
    unit        text NOT NULL,
    period      text NOT NULL,
    received_at timestamptz NOT NULL,
    token_id    bigint NOT NULL REFERENCES tokens (id),
    PRIMARY KEY (unit, period)
);

-- Who did what, when: one row per write.
CREATE TABLE audit (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    token_id bigint REFERENCES tokens (id),
    action   text NOT NULL,
    unit     text NOT NULL,
    detail   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_at ON audit (at);

-- +goose Down
DROP TABLE audit;
DROP TABLE submissions;
DROP TABLE records;
DROP TABLE uploads;
DROP TABLE tokens;
