-- Indiko's tables in SQLite. Instants are INTEGER milliseconds since 1970-01-01T00:00Z.

CREATE TABLE indiko_responses (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  edition TEXT NOT NULL,
  id TEXT NOT NULL,
  structure TEXT NOT NULL,
  channel TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  respondent TEXT,
  respondent_key TEXT,
  line TEXT NOT NULL,
  stored_at INTEGER NOT NULL,
  CONSTRAINT indiko_responses_id UNIQUE (edition, id)
);
CREATE UNIQUE INDEX indiko_responses_respondent
  ON indiko_responses (edition, structure, respondent_key);
CREATE INDEX indiko_responses_order ON indiko_responses (edition, seq);

CREATE TABLE indiko_audits (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  edition TEXT NOT NULL,
  id TEXT NOT NULL,
  structure TEXT NOT NULL,
  channel TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  line TEXT NOT NULL,
  stored_at INTEGER NOT NULL,
  CONSTRAINT indiko_audits_id UNIQUE (edition, id)
);
CREATE INDEX indiko_audits_order ON indiko_audits (edition, seq);

CREATE TABLE indiko_receipts (
  edition TEXT NOT NULL,
  submission_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  seq INTEGER,
  stored_at INTEGER NOT NULL,
  PRIMARY KEY (edition, submission_key)
);

CREATE TABLE indiko_refused (
  edition TEXT NOT NULL,
  import_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  line_number INTEGER NOT NULL,
  id TEXT,
  reason TEXT NOT NULL,
  structure TEXT,
  message TEXT NOT NULL,
  respondent TEXT,
  stored_at INTEGER NOT NULL,
  PRIMARY KEY (edition, import_key)
);
CREATE INDEX indiko_refused_order ON indiko_refused (edition, kind, line_number);

CREATE TABLE indiko_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  action TEXT NOT NULL,
  edition TEXT NOT NULL,
  "rows" INTEGER NOT NULL
);
