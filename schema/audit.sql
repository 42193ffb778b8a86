-- schema/audit.sql - the agate audit database, the single source of its
-- schema. docs/audit.md describes every column for auditors.
--
-- Versioning: the database's schema version is PRAGMA user_version (also
-- copied into meta.schema_version for readers who only see tables).
-- Each "-- migration N" section below upgrades a version N-1 database to
-- version N; a new database runs every section in order. agated and
-- agatectl upgrade an older database in place (one transaction per
-- section) and refuse a database newer than they know.
--
-- schema/auditdb_store.c carries the same statements (without these comments);
-- tests/schema/auditdb_test.c fails when the two differ, so change both.
-- Never edit a released section: add a new one.
--
-- The hash chain (see docs/audit.md): hash = SHA-256(prev_hash ||
-- canonical encoding of the row), hex in the hash and prev_hash columns.
-- Adding a column later means deciding whether it enters the canonical
-- encoding; the encoding is versioned by its leading domain string, so
-- old rows keep verifying.

-- migration 1
-- Version 1: the verdict rows and the meta table.
CREATE TABLE verdicts (
  id             INTEGER PRIMARY KEY,          -- the audit_id in the reply
  kind           TEXT NOT NULL DEFAULT 'verdict', -- 'verdict' or 'checkpoint'
  time_ms        INTEGER NOT NULL,             -- Unix time, milliseconds
  op             TEXT,                         -- 'check', 'register', ...
  request_id     INTEGER,                      -- the request's `id`
  agent          TEXT,
  session        TEXT,
  peer_uid       INTEGER,                      -- -1 when unknown
  peer_pid       INTEGER,
  tool           TEXT,
  args_json      TEXT,                         -- the arguments as JSON text
  verdict        TEXT,                         -- 'allow', 'block', 'review'
  enforcement    TEXT,                         -- what the deciding rule said
  rule           TEXT,                         -- deciding rule, or NULL
  reason         TEXT,
  scores_json    TEXT,                         -- drift scores and votes
  trace          TEXT,                         -- short explanation
  error          TEXT,                         -- error code of a refused request
  generation     INTEGER,                      -- rule set generation
  ruleset_digest TEXT,                         -- digest of the rule set
  eval_ns        INTEGER,                      -- evaluation time
  prev_hash      TEXT NOT NULL,                -- hex SHA-256 of the row before
  hash           TEXT NOT NULL                 -- hex SHA-256 of this row
);
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);
INSERT INTO meta(key, value) VALUES
  ('schema_version', '1'),
  ('hash', 'sha256'),
  ('encoding', 'agate-audit-row-1'),
  ('head_id', '0'),
  ('head_hash', '0000000000000000000000000000000000000000000000000000000000000000');

-- migration 2
-- Version 2: indexes for the query filters of `agatectl audit query`, and
-- a view with readable times for people using sqlite3 directly.
CREATE INDEX verdicts_time ON verdicts(time_ms);
CREATE INDEX verdicts_agent ON verdicts(agent, time_ms);
CREATE INDEX verdicts_session ON verdicts(session, time_ms);
CREATE INDEX verdicts_tool ON verdicts(tool, time_ms);
CREATE INDEX verdicts_verdict ON verdicts(verdict, time_ms);
CREATE INDEX verdicts_rule ON verdicts(rule, time_ms);
CREATE INDEX verdicts_peer_uid ON verdicts(peer_uid, time_ms);
CREATE VIEW verdicts_readable AS
  SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', time_ms / 1000.0, 'unixepoch') AS time,
         kind, op, agent, session, peer_uid, peer_pid, tool, verdict,
         enforcement, rule, reason, error, generation, ruleset_digest,
         eval_ns, args_json, scores_json, trace
  FROM verdicts;
UPDATE meta SET value = '2' WHERE key = 'schema_version';

-- migration 3
-- Version 3: fewer indexes, because every index is one more B-tree page
-- written to the WAL by every commit (version 2 wrote eight trees per
-- row). Kept: time (prune, --since/--until), (agent, session) for the
-- common per-agent and per-session queries, and a partial index over
-- the rows that are not allow (verdict and rule queries for blocks and
-- reviews; `agatectl audit query` adds the matching condition). Queries
-- on tool, uid, session alone or the rule of allowed calls read the
-- table newest first.
DROP INDEX verdicts_agent;
DROP INDEX verdicts_session;
DROP INDEX verdicts_tool;
DROP INDEX verdicts_verdict;
DROP INDEX verdicts_rule;
DROP INDEX verdicts_peer_uid;
CREATE INDEX verdicts_agent_session ON verdicts(agent, session);
CREATE INDEX verdicts_flagged ON verdicts(verdict, rule) WHERE verdict <> 'allow';
UPDATE meta SET value = '3' WHERE key = 'schema_version';

-- migration 4
-- Version 4: audit ids are never handed out twice. meta.id_reserved is
-- the highest id agated may hand out; it is committed ahead of the ids
-- (in the same transaction as a batch of rows, or on its own) and
-- lowered to the head again at a clean stop. When agated opens a
-- database whose id_reserved lies above the head, it stopped without
-- writing every id it had handed out (a crash; in async mode some of
-- those ids were acknowledged): it writes a row of kind 'gap' whose
-- id is id_reserved + 1 and whose args_json names the skipped range
-- ({"first_id":..,"last_id":..}), and verify accepts a jump in ids only
-- where such a row explains it. kind is now 'verdict', 'checkpoint' or
-- 'gap'.
INSERT INTO meta(key, value) SELECT 'id_reserved', value FROM meta WHERE key = 'head_id';
UPDATE meta SET value = '4' WHERE key = 'schema_version';

-- migration 5
-- Version 5: rule versions and shadow rules. `shadow` lists every
-- `mode shadow` rule whose check held, each with the verdict it would
-- have given ("rule:block,other:allow"); `rules_label` is the operator's
-- label of the rule set in force (a git commit, a ticket), NULL when none
-- is set. A row with either column set is hashed with the encoding
-- "agate-audit-row-2", which adds the two columns after eval_ns; a row
-- with both NULL keeps encoding 1, so every older row still verifies.
-- meta.generation is the highest rule-set generation any row has named,
-- so that a restart continues above it instead of at 1. The partial
-- index serves `agatectl audit query --shadow` and `audit shadow-report`
-- and costs nothing for rows without a shadow match.
ALTER TABLE verdicts ADD COLUMN shadow TEXT;
ALTER TABLE verdicts ADD COLUMN rules_label TEXT;
INSERT INTO meta(key, value) SELECT 'generation', coalesce(max(generation), 0) FROM verdicts;
CREATE INDEX verdicts_shadow ON verdicts(id) WHERE shadow IS NOT NULL;
DROP VIEW verdicts_readable;
CREATE VIEW verdicts_readable AS
  SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', time_ms / 1000.0, 'unixepoch') AS time,
         kind, op, agent, session, peer_uid, peer_pid, tool, verdict,
         enforcement, rule, reason, error, generation, ruleset_digest,
         eval_ns, args_json, scores_json, trace, shadow, rules_label
  FROM verdicts;
UPDATE meta SET value = '5' WHERE key = 'schema_version';
