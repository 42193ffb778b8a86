#!/bin/sh
# bench/fleet_ship.sh - how fast rows go from hosts' local logs into one
# PostgreSQL server, and how far behind shipping runs under a steady load.
#
#   bench/fleet_ship.sh [HOSTS] [ROWS_PER_HOST] [RATE_PER_HOST]
#
# 1. catch-up: HOSTS agated fill their logs with ROWS_PER_HOST checks each
#    while no sink is configured; then they restart with the sink and the
#    time until every row is in PostgreSQL gives rows/s into PostgreSQL
#    (HOSTS shippers at once, batches of 5000 rows by COPY).
# 2. lag: each host takes RATE_PER_HOST checks/s for 20 s while shipping;
#    the sinks' lag_ms and last_delay_ms (stats) are sampled every second.
# Uses a temporary PostgreSQL server (as tests/fleet/fleet_pg_test.sh) and
# the binaries in ./build. docs/fleet.md has the figures and what they mean.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
HOSTS=${1:-4}
ROWS=${2:-50000}
RATE=${3:-200}
agated=$root/build/daemon/agated
ctl=$root/build/client/agatectl
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "no PostgreSQL server binaries" >&2; exit 1; }

tmp=$(mktemp -d /tmp/agate-fleet-bench.XXXXXX)
chmod 755 "$tmp"
pids=""
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u nobody -- "$@"; }; else as_pg() { "$@"; }; fi
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	for p in $pids; do wait "$p" 2>/dev/null || true; done
	as_pg "$pgbin/pg_ctl" -D "$tmp/pgdata" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
mkdir "$tmp/pgdata" "$tmp/pgsock"
[ "$(id -u)" -eq 0 ] && chown nobody "$tmp/pgdata" "$tmp/pgsock"
as_pg "$pgbin/initdb" -D "$tmp/pgdata" -U agate --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$tmp/pgdata" -l "$tmp/pgsock/pg.log" -w \
	-o "-k $tmp/pgsock -c listen_addresses=" start >/dev/null
conn="host=$tmp/pgsock dbname=postgres user=agate"
now_ms() { date +%s%3N; }

start_host() { # N [sink]
	h=$1
	if [ "${2:-}" = sink ]; then
		set -- --audit-sink "postgresql:$conn" --host-id "host$h"
	else
		set --
	fi
	"$agated" --socket "$tmp/h$h.sock" --db "$tmp/h$h.db" --audit async --log-level warn "$@" \
		>>"$tmp/h$h.log" 2>&1 &
	eval "pid$h=$!"
	pids="$pids $!"
	i=0
	while [ ! -S "$tmp/h$h.sock" ]; do
		i=$((i + 1)); [ "$i" -lt 200 ] || { cat "$tmp/h$h.log" >&2; exit 1; }
		sleep 0.05
	done
}
stop_host() { eval "kill -TERM \$pid$1; wait \$pid$1 || true"; }

for n in $(seq 1 "$HOSTS"); do start_host "$n"; done
for n in $(seq 1 "$HOSTS"); do
	"$py" "$root/tests/fleet/load.py" "$tmp/h$n.sock" "$ROWS" "agent$n" >/dev/null &
	eval "l$n=$!"
done
for n in $(seq 1 "$HOSTS"); do eval "wait \$l$n"; done
for n in $(seq 1 "$HOSTS"); do stop_host "$n"; done
total=0
for n in $(seq 1 "$HOSTS"); do total=$((total + $(sqlite3 "$tmp/h$n.db" 'SELECT count(*) FROM verdicts'))); done

t0=$(now_ms)
for n in $(seq 1 "$HOSTS"); do start_host "$n" sink; done
until [ "$(psql -X -At -d "$conn" -c 'SELECT count(*) FROM agate.verdicts' 2>/dev/null)" = "$total" ]; do
	sleep 0.05
done
t1=$(now_ms)
echo "catch-up: $total rows from $HOSTS hosts into PostgreSQL in $((t1 - t0)) ms:" \
	"$((total * 1000 / (t1 - t0))) rows/s (agated start included)"

# steady load at RATE checks/s per host, lag sampled every second
for n in $(seq 1 "$HOSTS"); do
	"$py" - "$tmp/h$n.sock" "$RATE" "$root/tests/fleet" <<'PY' &
import sys, time, socket, struct
sys.path.insert(0, sys.argv[3])
import msgpack, load
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
rate, i, start = int(sys.argv[2]), 0, time.time()
while time.time() - start < 20:
    i += 1
    body = msgpack.packb(load.request(i, "steady"))
    s.sendall(struct.pack(">I", len(body)) + body)
    (n,) = struct.unpack(">I", load.read_exact(s, 4)); load.read_exact(s, n)
    time.sleep(max(0, start + i / rate - time.time()))
PY
	eval "l$n=$!"
done
sleep 2
max_lag=0
max_delay=0
for s in $(seq 1 16); do
	for n in $(seq 1 "$HOSTS"); do
		line=$("$ctl" --socket "$tmp/h$n.sock" stats --json | "$py" -c \
			'import json,sys; s=json.load(sys.stdin)["shipping"][0]; print(s["lag_ms"], s["last_delay_ms"])')
		set -- $line
		[ "$1" -gt "$max_lag" ] && max_lag=$1
		[ "$2" -gt "$max_delay" ] && max_delay=$2
	done
	sleep 1
done
for n in $(seq 1 "$HOSTS"); do eval "wait \$l$n"; done
echo "steady: $HOSTS hosts x $RATE checks/s: oldest unshipped row at most $max_lag ms old," \
	"a batch's last row at most $max_delay ms from its check to its commit in PostgreSQL"
