#!/bin/sh
# fleet_pg_test.sh - the central audit store, end to end, on this machine:
# a real PostgreSQL server in a temporary folder, HOSTS agated processes as
# separate hosts (own socket, database and host id) shipping to it under
# load, the server stopped and started again mid-run, and then:
#   - `agatectl audit verify --pg` passes for every host, and every row of
#     every host's local log is in the central table exactly once (same id,
#     same hash, nothing more);
#   - a row edited centrally is named (host and id);
#   - a host whose local log was cut back and rewritten is named, although
#     its local verify passes.
# Prints rows/s into PostgreSQL and the shipping lag (docs/fleet.md).
#
# Usage: fleet_pg_test.sh AGATED AGATECTL SOURCE_ROOT
# Exit 77 (skipped) when the PostgreSQL server or python3-msgpack is missing.
set -eu
agated=$1
ctl=$2
src=$3
HOSTS=${FLEET_HOSTS:-3}
CHECKS=${FLEET_CHECKS:-3000}

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || ! command -v psql >/dev/null; then
	echo "PostgreSQL server binaries not found: skipped"
	exit 77
fi
# Debian's python3 (with python3-msgpack) before another on PATH
py=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import msgpack' 2>/dev/null && py=/usr/bin/python3
"$py" -c 'import msgpack' 2>/dev/null || { echo "python3-msgpack missing: skipped"; exit 77; }

. "$src/tests/fleet/pg_lib.sh"
pg_tmp agate-fleet

# ---- the central server ------------------------------------------------
pg_init
pg_start
sql() { psql -X -q -At -d "$conn" -c "$1"; }

# ---- the hosts -------------------------------------------------------
# host1 ships as the schema's owner and creates it; the others as the
# restricted role of docs/fleet.md, which may insert and nothing more
hostconn="host=$tmp/pgsock port=$port dbname=postgres user=agate_host"
sql "CREATE ROLE agate_host LOGIN"
start_host() { # N: host 1 ships as the owner, the others as agate_host
	c=$hostconn
	[ "$1" = 1 ] && c=$conn
	host_start "$1" --audit-sink "postgresql:$c"
}
stop_host() { host_stop "$1"; }
local_rows() { sqlite3 "$tmp/h$1.db" "SELECT count(*) FROM verdicts"; }
central_rows() { sql "SELECT count(*) FROM agate.verdicts WHERE host_id = 'host$1'"; }
# wait until the central table holds as many rows of host N as its log
wait_shipped() { # N
	i=0
	while [ "$(central_rows "$1")" != "$(local_rows "$1")" ]; do
		i=$((i + 1))
		[ "$i" -lt 300 ] || { tail "$tmp/h$1.log"; fail "host$1 not shipped after 300 polls"; }
		sleep 0.1
	done
}
now_ms() { date +%s%3N; }

start_host 1
i=0
until [ "$(sql "SELECT to_regclass('agate.hosts') IS NOT NULL")" = t ]; do
	i=$((i + 1)); [ "$i" -lt 200 ] || fail "host1 did not create the central schema"; sleep 0.05
done
sql "GRANT TEMPORARY ON DATABASE postgres TO agate_host;
GRANT USAGE ON SCHEMA agate TO agate_host;
GRANT SELECT, INSERT ON agate.verdicts TO agate_host;
GRANT SELECT, INSERT, UPDATE ON agate.hosts TO agate_host;
GRANT SELECT ON agate.schema_version TO agate_host;"
for n in $(seq 2 "$HOSTS"); do start_host "$n"; done

# ---- load; the central server stopped and started again mid-run --------
load_all() { # CHECKS TAG: every host at once, wait for all
	for n in $(seq 1 "$HOSTS"); do
		"$py" "$src/tests/fleet/load.py" "$tmp/h$n.sock" "$1" "agent$n" >"$tmp/load$n.$2" 2>&1 &
		eval "load$n=$!"
	done
	for n in $(seq 1 "$HOSTS"); do
		eval "wait \$load$n" || { cat "$tmp/load$n.$2"; fail "load $2 on host$n"; }
	done
}
part=$((CHECKS / 3))
t0=$(now_ms)
load_all "$part" up
pg_stop
echo "central server stopped"
load_all "$part" down
# the backlog shows while the server is down, and no check waited for it
sleep 1
"$ctl" --socket "$tmp/h1.sock" stats --json >"$tmp/stats-down.json"
"$py" -c 'import json,sys; s=json.load(open(sys.argv[1]))["shipping"][0]; print("while down: host1 sink:", {k: s[k] for k in ("connected","backlog","lag_ms","failures")}); sys.exit(0 if s["backlog"] > 0 and not s["connected"] else 1)' "$tmp/stats-down.json" ||
	fail "stats does not show host1's backlog while the server is down"
# started again while the last part of the load runs
for n in $(seq 1 "$HOSTS"); do
	"$py" "$src/tests/fleet/load.py" "$tmp/h$n.sock" "$((CHECKS - 2 * part))" "agent$n" >"$tmp/load$n.last" 2>&1 &
	eval "load$n=$!"
done
t1=$(now_ms)
pg_start
echo "central server started again during the load"
for n in $(seq 1 "$HOSTS"); do
	eval "wait \$load$n" || { cat "$tmp/load$n.last"; fail "last load on host$n"; }
done
for n in $(seq 1 "$HOSTS"); do wait_shipped "$n"; done
t3=$(now_ms)
total=0
for n in $(seq 1 "$HOSTS"); do total=$((total + $(local_rows "$n"))); done
echo "figures: $total rows from $HOSTS hosts ($CHECKS checks each, the last third while" \
	"the server came back); every row central $((t3 - t1)) ms after the restart began" \
	"($((t1 - t0)) ms of load before it)"

# a steady-state figure: the server up, the rate of rows into PostgreSQL
t4=$(now_ms)
for n in $(seq 1 "$HOSTS"); do
	"$py" "$src/tests/fleet/load.py" "$tmp/h$n.sock" "$CHECKS" "agent$n" >/dev/null &
	eval "load$n=$!"
done
for n in $(seq 1 "$HOSTS"); do eval "wait \$load$n" || fail "second load on host$n"; done
for n in $(seq 1 "$HOSTS"); do wait_shipped "$n"; done
t5=$(now_ms)
rows=$((HOSTS * CHECKS))
echo "figures: steady: $rows rows checked and shipped in $((t5 - t4)) ms:" \
	"$((rows * 1000 / (t5 - t4 + 1))) rows/s end to end"
"$ctl" --socket "$tmp/h1.sock" stats --json >"$tmp/stats-up.json"
"$py" -c 'import json,sys; s=json.load(open(sys.argv[1]))["shipping"][0]; print("figures: host1 sink:", {k: s[k] for k in ("shipped","batches","backlog","last_delay_ms","failures")}); sys.exit(0 if s["backlog"] == 0 and s["connected"] else 1)' "$tmp/stats-up.json" ||
	fail "host1's sink still has a backlog or is not connected"

# ---- exactly once ----------------------------------------------------
"$ctl" audit verify --pg "$conn" >"$tmp/verify.out" || { cat "$tmp/verify.out"; fail "verify --pg"; }
cat "$tmp/verify.out"
grep -q "^$HOSTS hosts checked, 0 faults" "$tmp/verify.out" || fail "verify --pg did not check $HOSTS hosts"
for n in $(seq 1 "$HOSTS"); do
	sqlite3 "$tmp/h$n.db" "SELECT id || ' ' || hash FROM verdicts ORDER BY id" >"$tmp/local$n"
	sql "SELECT id || ' ' || hash FROM agate.verdicts WHERE host_id = 'host$n' ORDER BY id" >"$tmp/central$n"
	cmp -s "$tmp/local$n" "$tmp/central$n" ||
		fail "host$n: the central rows differ from the local log (missing or duplicated)"
	[ "$(wc -l <"$tmp/local$n")" -ge $((2 * CHECKS)) ] || fail "host$n: fewer rows than checks"
done
echo "ok: every row of every host is in PostgreSQL exactly once"
# the hosts' role could ship, and can take nothing back
! psql -X -q -d "$hostconn" -c "DELETE FROM agate.verdicts" 2>/dev/null ||
	fail "the hosts' role may delete central rows"

# query across hosts answers like the local query
q=$("$ctl" audit query --pg "$conn" --tool read_file --format jsonl | wc -l)
l=0
for n in $(seq 1 "$HOSTS"); do
	l=$((l + $("$ctl" audit query --db "$tmp/h$n.db" --tool read_file --format jsonl | wc -l)))
done
[ "$q" -gt 0 ] && [ "$q" -eq "$l" ] || fail "query --pg --tool read_file: $q rows, the hosts hold $l"
h2=$("$ctl" audit query --pg "$conn" --host host2 --tool read_file --limit 5 --format csv | tail -n +2 | cut -d, -f1 | sort -u)
[ "$h2" = '"host2"' ] || fail "query --pg --host host2 returned rows of '$h2'"
echo "ok: query --pg finds the $q read_file calls of all hosts, and --host one host's"

# ---- a row edited centrally ------------------------------------------
sql "UPDATE agate.verdicts SET reason = 'nothing to see' WHERE host_id = 'host2' AND id = 50"
st=0
"$ctl" audit verify --pg "$conn" >"$tmp/verify2.out" || st=$?
[ "$st" -eq 1 ] || { cat "$tmp/verify2.out"; fail "verify --pg did not fail on an edited row (status $st)"; }
grep -q "^host host2 row 50: edited" "$tmp/verify2.out" || { cat "$tmp/verify2.out"; fail "the edited row is not named"; }
"$ctl" audit verify --pg "$conn" --host host1 >/dev/null || fail "host1 is intact and should verify"
echo "ok: an edited central row is named: $(grep '^host host2 row 50' "$tmp/verify2.out")"

# ---- a host whose local log was cut back -----------------------------
h=$HOSTS
stop_host "$h"
before=$(local_rows "$h")
# what someone covering their tracks would do: drop the last rows and
# make the log's own head and reservation agree, so that it verifies
sqlite3 "$tmp/h$h.db" "DELETE FROM verdicts WHERE id > (SELECT max(id) - 20 FROM verdicts);
UPDATE meta SET value = (SELECT max(id) FROM verdicts) WHERE key IN ('head_id', 'id_reserved');
UPDATE meta SET value = (SELECT hash FROM verdicts ORDER BY id DESC LIMIT 1) WHERE key = 'head_hash';"
"$ctl" audit verify --db "$tmp/h$h.db" >/dev/null || fail "the cut-back log should verify locally"
start_host "$h"
"$py" "$src/tests/fleet/load.py" "$tmp/h$h.sock" 100 "agent$h" >/dev/null || fail "load after the cut"
i=0
until sql "SELECT local_head_id FROM agate.hosts WHERE host_id = 'host$h'" |
	grep -qx "$(sqlite3 "$tmp/h$h.db" 'SELECT max(id) FROM verdicts')"; do
	i=$((i + 1))
	[ "$i" -lt 300 ] || fail "host$h did not report its new head"
	sleep 0.1
done
st=0
"$ctl" audit verify --pg "$conn" --host "host$h" >"$tmp/verify3.out" || st=$?
cat "$tmp/verify3.out"
[ "$st" -eq 1 ] || fail "verify --pg did not catch host$h's cut-back log (status $st; $before rows before)"
grep -q "^host host$h row [0-9]*: " "$tmp/verify3.out" || fail "the cut-back host is not named"
echo "ok: a host whose local log was cut back is named"
