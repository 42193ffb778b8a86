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
