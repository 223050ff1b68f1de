-- Indiko's tables in PostgreSQL. Instants are timestamptz.

CREATE TABLE indiko_responses (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  edition text NOT NULL,
  id text NOT NULL,
  structure text NOT NULL,
  channel text NOT NULL,
  submitted_at timestamptz NOT NULL,
  respondent text,
  respondent_key text,
  line text NOT NULL,
  stored_at timestamptz NOT NULL,
  CONSTRAINT indiko_responses_id UNIQUE (edition, id)
);
CREATE UNIQUE INDEX indiko_responses_respondent
  ON indiko_responses (edition, structure, respondent_key);
CREATE INDEX indiko_responses_order ON indiko_responses (edition, seq);

CREATE TABLE indiko_audits (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  edition text NOT NULL,
  id text NOT NULL,
  structure text NOT NULL,
  channel text NOT NULL,
  submitted_at timestamptz NOT NULL,
  line text NOT NULL,
  stored_at timestamptz NOT NULL,
  CONSTRAINT indiko_audits_id UNIQUE (edition, id)
);
CREATE INDEX indiko_audits_order ON indiko_audits (edition, seq);

CREATE TABLE indiko_receipts (
  edition text NOT NULL,
  submission_key text NOT NULL,
  kind text NOT NULL,
  record_id text NOT NULL,
  seq bigint,
  stored_at timestamptz NOT NULL,
  PRIMARY KEY (edition, submission_key)
);

CREATE TABLE indiko_refused (
  edition text NOT NULL,
  import_key text NOT NULL,
  kind text NOT NULL,
  line_number bigint NOT NULL,
  id text,
  reason text NOT NULL,
  structure text,
  message text NOT NULL,
  respondent text,
  stored_at timestamptz NOT NULL,
  PRIMARY KEY (edition, import_key)
);
CREATE INDEX indiko_refused_order ON indiko_refused (edition, kind, line_number);

CREATE TABLE indiko_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  action text NOT NULL,
  edition text NOT NULL,
  "rows" bigint NOT NULL
);
