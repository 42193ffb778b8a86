-- pgaudit_v1.sql - the central schema as version 1 made it (agated of
-- the fleet work before central schema 2), for tests/fleet/pg_columns_test.sh:
-- an old central store to upgrade in place. A copy of migration 1 of
-- schema/pgaudit_store.c plus what agate_pgaudit_migrate wraps it in;
-- never change it (it is what released databases hold).
BEGIN;
CREATE SCHEMA agate;
CREATE TABLE agate.schema_version (version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE agate.verdicts (
  host_id        text   NOT NULL,
  id             bigint NOT NULL,
  kind           text   NOT NULL,
  time_ms        bigint NOT NULL,
  op text, request_id bigint, agent text, session text,
  peer_uid bigint, peer_pid bigint, tool text, args_json text,
  verdict text, enforcement text, rule text, reason text,
  scores_json text, trace text, error text, generation bigint,
  ruleset_digest text, eval_ns bigint,
  prev_hash      text   NOT NULL,
  hash           text   NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (host_id, id, time_ms)
) PARTITION BY RANGE (time_ms);
CREATE INDEX verdicts_time ON agate.verdicts (time_ms);
CREATE INDEX verdicts_agent_session ON agate.verdicts (agent, session);
CREATE INDEX verdicts_flagged ON agate.verdicts (verdict, rule) WHERE verdict <> 'allow';
CREATE TABLE agate.hosts (
  host_id        text PRIMARY KEY,
  last_id        bigint NOT NULL,
  last_hash      text NOT NULL,
  local_head_id  bigint NOT NULL DEFAULT 0,
  regressions    bigint NOT NULL DEFAULT 0,
  first_seen     timestamptz NOT NULL DEFAULT now(),
  last_seen      timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION agate.ensure_month(ms bigint) RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  m timestamp := date_trunc('month', to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC');
  lo bigint := (extract(epoch FROM m) * 1000)::bigint;
  hi bigint := (extract(epoch FROM m + interval '1 month') * 1000)::bigint;
  name text := 'verdicts_' || to_char(m, 'YYYYMM');
BEGIN
  IF to_regclass('agate.' || name) IS NOT NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('agate.verdicts partitions'));
  IF to_regclass('agate.' || name) IS NOT NULL THEN RETURN; END IF;
  EXECUTE format('CREATE TABLE agate.%I PARTITION OF agate.verdicts FOR VALUES FROM (%s) TO (%s)',
                 name, lo, hi);
END
$f$;
CREATE VIEW agate.verdicts_readable AS
  SELECT host_id, id, to_timestamp(time_ms / 1000.0) AS time, kind, op, agent,
         session, peer_uid, tool, verdict, enforcement, rule, reason, error,
         generation, ruleset_digest, args_json
  FROM agate.verdicts;
INSERT INTO agate.schema_version(version) VALUES (1);
COMMIT;
