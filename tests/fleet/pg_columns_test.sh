#!/bin/sh
# pg_columns_test.sh - the local log's schema 5 columns (shadow,
# rules_label; encoding 2) in the central store, and the upgrade of a
# central schema made by the version before them (central schema 1):
#   - a central schema 1 (the released DDL, tests/fleet/pgaudit_v1.sql)
#     holding rows shipped by the version before (shadow and rules_label
#     dropped, as it did);
#   - a host shipping as the restricted role meets it and says who must
#     upgrade it; `audit verify|query --pg` refuse it with the same advice;
#   - `agatectl audit migrate --pg` as the owner upgrades it in place;
#   - a host with `rules-label` set and a `mode shadow` rule matching ships
#     its rows: `audit verify --pg` passes, `audit query --pg` shows
#     shadow and rules_label (JSON, CSV, table, --shadow);
#   - a shadow or rules_label edited centrally is named; rows shipped
#     without their columns before the upgrade are named as such.
#
# Usage: pg_columns_test.sh AGATED AGATECTL SOURCE_ROOT
# Exit 77 (skipped) when the PostgreSQL server binaries are missing.
set -eu
agated=$1
ctl=$2
src=$3

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || ! command -v psql >/dev/null ||
	! command -v sqlite3 >/dev/null; then
	echo "PostgreSQL server binaries or sqlite3 not found: skipped"
	exit 77
fi

. "$src/tests/fleet/pg_lib.sh"
pg_tmp agate-pgcols

# ---- the central server, at schema 1 -----------------------------------
pg_init
pg_start
hostconn="host=$tmp/pgsock port=5432 dbname=postgres user=agate_host"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$conn" -c "$1"; }
psql -X -q -v ON_ERROR_STOP=1 -d "$conn" -f "$src/tests/fleet/pgaudit_v1.sql" >/dev/null ||
	fail "loading the schema 1 fixture"
sql "CREATE ROLE agate_host LOGIN;
GRANT TEMPORARY ON DATABASE postgres TO agate_host;
GRANT USAGE ON SCHEMA agate TO agate_host;
GRANT SELECT, INSERT ON agate.verdicts TO agate_host;
GRANT SELECT, INSERT, UPDATE ON agate.hosts TO agate_host;
GRANT SELECT ON agate.schema_version TO agate_host;"

cat >"$tmp/site.rules" <<'EOF'
default allow
rule @no_wget
trigger shell
check args.command matches /wget/
enforce block "no wget"
end
rule @try_net
trigger shell
check args.command matches /wget|curl/
mode shadow
enforce block "net"
end
EOF

start_host() { # N [ARGS...]: agated as host N on the site's rules
	n=$1
	shift
	host_start "$n" --rules "$tmp/site.rules" "$@"
}
stop_host() { host_stop "$1"; }
checks() { # N: one allowed call, one shadow match allowed, one blocked with a shadow match
	"$ctl" --socket "$tmp/h$1.sock" check --agent a --tool read_file --arg path=/tmp/x >/dev/null ||
		fail "check on host$1"
	"$ctl" --socket "$tmp/h$1.sock" check --agent a --tool shell \
		--arg "command=curl https://example.com/" >/dev/null || fail "curl on host$1"
	st=0
	"$ctl" --socket "$tmp/h$1.sock" check --agent a --tool shell \
		--arg "command=wget https://example.com/" >/dev/null || st=$?
	[ "$st" -eq 1 ] || fail "wget on host$1 was not blocked (status $st)"
}
local_rows() { sqlite3 "$tmp/h$1.db" "SELECT count(*) FROM verdicts"; }
central_rows() { sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host$1'"; }
wait_shipped() { # N
	i=0
	while [ "$(central_rows "$1")" != "$(local_rows "$1")" ]; do
		i=$((i + 1))
		[ "$i" -lt 300 ] || { tail "$tmp/h$1.log"; fail "host$1 not shipped after 300 polls"; }
		sleep 0.1
	done
}
# What the version before shipped: every column of schema 1 (no shadow,
# no rules_label), and the host's report.
ship_as_before() { # N
	/usr/bin/env python3 - "$tmp/h$1.db" "host$1" >"$tmp/copy$1" <<'EOF'
import sqlite3, sys
cols = ("id kind time_ms op request_id agent session peer_uid peer_pid tool args_json "
        "verdict enforcement rule reason scores_json trace error generation "
        "ruleset_digest eval_ns prev_hash hash").split()
db = sqlite3.connect(sys.argv[1])
def field(v):
    if v is None:
        return "\\N"
    s = str(v)
    for a, b in (("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        s = s.replace(a, b)
    return s
for row in db.execute("SELECT %s FROM verdicts ORDER BY id" % ", ".join(cols)):
    print("\t".join([sys.argv[2]] + [field(v) for v in row]))
EOF
	last=$(sqlite3 "$tmp/h$1.db" "SELECT id || '|' || hash FROM verdicts ORDER BY id DESC LIMIT 1")
	psql -X -q -v ON_ERROR_STOP=1 -d "$conn" \
		-c "SELECT agate.ensure_month(time_ms) FROM (VALUES ($(date +%s%3N)::bigint)) t(time_ms)" \
		-c "\\copy agate.verdicts (host_id, id, kind, time_ms, op, request_id, agent, session, peer_uid, peer_pid, tool, args_json, verdict, enforcement, rule, reason, scores_json, trace, error, generation, ruleset_digest, eval_ns, prev_hash, hash) FROM '$tmp/copy$1'" \
		-c "INSERT INTO agate.hosts (host_id, last_id, last_hash, local_head_id) VALUES ('host$1', ${last%%|*}, '${last#*|}', ${last%%|*})" \
		>/dev/null || fail "shipping host$1 as the version before did"
}

# host1 ran without a label or shadow rule match: encoding 1 rows only,
# which the version before shipped whole. host2 had a label: its rows
# went without it.
printf 'default allow\n' >"$tmp/plain.rules"
"$agated" --socket "$tmp/h1.sock" --db "$tmp/h1.db" --host-id host1 --rules "$tmp/plain.rules" \
	--log-level warn >>"$tmp/h1.log" 2>&1 &
pid1=$!
pids="$pids $!"
i=0
while [ ! -S "$tmp/h1.sock" ]; do i=$((i + 1)); [ "$i" -lt 200 ] || fail "host1"; sleep 0.05; done
"$ctl" --socket "$tmp/h1.sock" check --agent a --tool read_file --arg path=/tmp/x >/dev/null
stop_host 1
start_host 2 --rules-label old-label
checks 2
stop_host 2
ship_as_before 1
ship_as_before 2
[ "$(sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host2' AND hash IS NOT NULL")" -ge 4 ] ||
	fail "the fixture holds host2's rows"
echo "ok: a schema 1 central store with rows of two hosts"

# ---- schema 1 met by the restricted role and by the auditor's commands --
start_host 3 --rules-label "deploy-7f3a" --audit-sink "postgresql:$hostconn"
i=0
until "$ctl" --socket "$tmp/h3.sock" stats --json | grep -q 'audit migrate --pg'; do
	i=$((i + 1))
	[ "$i" -lt 200 ] || { "$ctl" --socket "$tmp/h3.sock" stats --json; fail "host3 did not say who must upgrade"; }
	sleep 0.05
done
echo "ok: the hosts' role on schema 1: $("$ctl" --socket "$tmp/h3.sock" stats --json |
	grep -o 'central schema version[^"]*' | head -n 1)"
checks 3
[ "$(sql "SELECT max(version) FROM agate.schema_version")" = 1 ] || fail "the hosts' role changed the schema"
st=0
"$ctl" audit verify --pg "$conn" >"$tmp/v0.out" 2>&1 || st=$?
[ "$st" -eq 3 ] && grep -q "central schema is version 1 .*audit migrate --pg" "$tmp/v0.out" ||
	{ cat "$tmp/v0.out"; fail "verify --pg on schema 1: status $st"; }
st=0
"$ctl" audit query --pg "$conn" >"$tmp/q0.out" 2>&1 || st=$?
[ "$st" -eq 3 ] && grep -q "audit migrate --pg" "$tmp/q0.out" ||
	{ cat "$tmp/q0.out"; fail "query --pg on schema 1: status $st"; }
echo "ok: verify and query --pg refuse schema 1 and say what to do"

# ---- the upgrade in place -------------------------------------------
st=0
"$ctl" audit migrate --pg "$hostconn" >"$tmp/m0.out" 2>&1 || st=$?
[ "$st" -eq 3 ] || { cat "$tmp/m0.out"; fail "migrate as the hosts' role: status $st"; }
"$ctl" audit migrate --pg "$conn" || fail "migrate --pg as the owner"
[ "$(sql "SELECT max(version) FROM agate.schema_version")" = 2 ] || fail "not at schema 2"
[ "$(sql "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'agate'
	AND table_name = 'verdicts' AND column_name IN ('shadow', 'rules_label')")" = 2 ] ||
	fail "agate.verdicts has no shadow and rules_label"
"$ctl" audit migrate --pg "$conn" >/dev/null || fail "migrate --pg twice"
[ "$(sql "SELECT count(*) FROM agate.schema_version")" = 2 ] || fail "a migration ran twice"
wait_shipped 3
checks 3
wait_shipped 3
[ "$(sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host3' AND shadow = 'try_net:block'")" = 4 ] ||
	fail "host3's shadow matches are not central"
[ "$(sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host3' AND rules_label IS DISTINCT FROM 'deploy-7f3a'")" = 0 ] ||
	fail "a host3 row lacks its rules_label centrally"
echo "ok: migrated in place; host3 ships shadow and rules_label"

# ---- verify ---------------------------------------------------------
"$ctl" audit verify --pg "$conn" --host host3 >"$tmp/v1.out" || { cat "$tmp/v1.out"; fail "verify --pg host3"; }
grep -q "^1 host checked, 0 faults" "$tmp/v1.out" || { cat "$tmp/v1.out"; fail "verify --pg host3 output"; }
"$ctl" audit verify --pg "$conn" --host host1 >/dev/null || fail "host1's old rows (encoding 1) verify"
st=0
"$ctl" audit verify --pg "$conn" --host host2 >"$tmp/v2.out" || st=$?
[ "$st" -eq 1 ] && grep -q "^host host2 row [0-9]*: edited: .*shipped before central schema 2" "$tmp/v2.out" ||
	{ cat "$tmp/v2.out"; fail "host2's rows shipped without their columns are not named (status $st)"; }
echo "ok: verify --pg passes for host1 and host3 and names host2's rows shipped without their columns"

# ---- query ----------------------------------------------------------
"$ctl" audit query --pg "$conn" --host host3 --shadow --format jsonl >"$tmp/q1.out" ||
	fail "query --pg --shadow"
[ "$(wc -l <"$tmp/q1.out")" -eq 4 ] || { cat "$tmp/q1.out"; fail "query --pg --shadow: not 4 rows"; }
[ "$(grep -c '"shadow":"try_net:block","rules_label":"deploy-7f3a"}' "$tmp/q1.out")" -eq 4 ] ||
	{ cat "$tmp/q1.out"; fail "query --pg JSON lacks shadow and rules_label"; }
"$ctl" audit query --pg "$conn" --host host3 --format csv | head -n 1 | grep -q ',shadow,rules_label$' ||
	fail "query --pg CSV header"
"$ctl" audit query --pg "$conn" --host host3 --tool shell | grep -q ' try_net:block ' ||
	fail "query --pg table lacks the SHADOW column"
"$ctl" audit query --pg "$conn" --host host3 --format jsonl | grep '"op":"reload"' |
	grep -q '"rules_label":"deploy-7f3a"' || fail "the reload row's rules_label is not shown"
echo "ok: query --pg shows shadow and rules_label"

# ---- edited centrally -----------------------------------------------
id=$(sql "SELECT min(id) FROM agate.verdicts WHERE host_id = 'host3' AND shadow IS NOT NULL")
sql "UPDATE agate.verdicts SET shadow = 'try_net:allow' WHERE host_id = 'host3' AND id = $id"
st=0
"$ctl" audit verify --pg "$conn" --host host3 >"$tmp/v3.out" || st=$?
[ "$st" -eq 1 ] && grep -q "^host host3 row $id: edited: row $id edited: its content does not match its hash$" "$tmp/v3.out" ||
	{ cat "$tmp/v3.out"; fail "an edited shadow is not named (status $st)"; }
sql "UPDATE agate.verdicts SET shadow = 'try_net:block' WHERE host_id = 'host3' AND id = $id"
rid=$(sql "SELECT min(id) FROM agate.verdicts WHERE host_id = 'host3' AND op = 'reload'")
sql "UPDATE agate.verdicts SET rules_label = NULL WHERE host_id = 'host3' AND id = $rid"
st=0
"$ctl" audit verify --pg "$conn" --host host3 >"$tmp/v4.out" || st=$?
[ "$st" -eq 1 ] && grep -q "^host host3 row $rid: edited" "$tmp/v4.out" ||
	{ cat "$tmp/v4.out"; fail "a removed rules_label is not named (status $st)"; }
grep -q "^1 host checked, 1 fault$" "$tmp/v4.out" ||
	{ cat "$tmp/v4.out"; fail "only the edited row is a fault"; }
echo "ok: an edited shadow and a removed rules_label are named"

# ---- host2's rows shipped again (docs/fleet.md: rows shipped before
# central schema 2) --------------------------------------------------
first=$(sql "SELECT min(id) FROM agate.verdicts WHERE host_id = 'host2'")
sql "DELETE FROM agate.verdicts WHERE host_id = 'host2' AND id >= $first"
start_host 2 --rules-label old-label --audit-sink "postgresql:$hostconn"
wait_shipped 2
"$ctl" audit verify --pg "$conn" --host host2 >"$tmp/v5.out" || { cat "$tmp/v5.out"; fail "host2 shipped again does not verify"; }
[ "$(sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host2' AND rules_label IS NULL")" = 0 ] ||
	fail "host2's rows shipped again lack their rules_label"
echo "ok: host2's rows shipped again with their columns verify"
