# pg_lib.sh - a throwaway PostgreSQL server for the fleet tests, sourced
# (not run) after `set -eu`. Provides:
#   pg_tmp PREFIX   a world-readable temporary folder in $tmp, removed
#                   with the server and the processes in $pids at exit
#   pg_init         initdb into $tmp/pgdata (owner agate, trust)
#   pg_start        start it on the Unix socket folder $tmp/pgsock, $port
#   pg_stop         stop it (fast)
#   as_pg CMD...    run CMD as the server's user (nobody when root:
#                   PostgreSQL refuses to run as root)
#   fail MSG        print MSG and exit 1
# Expects $pgbin (the server's bin folder); sets $conn to the owner's
# connection string.

fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
	as_pg() { runuser -u nobody -- "$@"; }
else
	as_pg() { "$@"; }
fi

pids=""
pg_cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	for p in $pids; do wait "$p" 2>/dev/null || true; done
	as_pg "$pgbin/pg_ctl" -D "$tmp/pgdata" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$tmp"
}

pg_tmp() { # PREFIX
	tmp=$(mktemp -d "/tmp/$1.XXXXXX")
	chmod 755 "$tmp"
	trap pg_cleanup EXIT
}

port=5432
pg_init() {
	mkdir "$tmp/pgdata" "$tmp/pgsock"
	if [ "$(id -u)" -eq 0 ]; then chown nobody "$tmp/pgdata" "$tmp/pgsock"; fi
	as_pg "$pgbin/initdb" -D "$tmp/pgdata" -U agate --auth=trust -E UTF8 --locale=C.UTF-8 \
		>"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log"; fail "initdb"; }
	conn="host=$tmp/pgsock port=$port dbname=postgres user=agate"
}

pg_start() {
	as_pg "$pgbin/pg_ctl" -D "$tmp/pgdata" -l "$tmp/pgsock/pg.log" -w -t 60 \
		-o "-k $tmp/pgsock -p $port -c listen_addresses=" start >/dev/null ||
		{ cat "$tmp/pgsock/pg.log"; fail "pg_ctl start"; }
}

pg_stop() { as_pg "$pgbin/pg_ctl" -D "$tmp/pgdata" -m fast -w stop >/dev/null; }

# agated as host N (socket, log and database h$N.* in $tmp, host id
# hostN) with ARGS, in the background; waits for its socket.
host_start() { # N ARGS...
	_hn=$1
	shift
	"$agated" --socket "$tmp/h$_hn.sock" --db "$tmp/h$_hn.db" --host-id "host$_hn" \
		--log-level warn "$@" >>"$tmp/h$_hn.log" 2>&1 &
	eval "pid$_hn=$!"
	pids="$pids $!"
	# a sanitizer build loading the pack on a loaded machine can take
	# seconds: wait while the process lives (a minute at most), fail at
	# once if it exits
	eval "_hp=\$pid$_hn"
	i=0
	while [ ! -S "$tmp/h$_hn.sock" ]; do
		i=$((i + 1))
		kill -0 "$_hp" 2>/dev/null || { cat "$tmp/h$_hn.log"; fail "agated host$_hn exited before listening"; }
		[ "$i" -lt 1200 ] || { cat "$tmp/h$_hn.log"; fail "agated host$_hn did not start"; }
		sleep 0.05
	done
}

# stop host N with SIGTERM; it must exit cleanly
host_stop() { # N
	eval "p=\$pid$1"
	kill -TERM "$p"
	wait "$p" || fail "agated host$1 did not stop cleanly"
	pids=$(echo "$pids" | sed "s/ $p\b//")
	rm -f "$tmp/h$1.sock"
}
