#!/bin/sh
# bundle_test.sh - signed rule bundles, end to end: agatectl bundle keygen
# and build, a static HTTP server with ETags (bundle_server.py), and one
# agated pulling from it:
#   - a signed bundle with a new rule goes into force, with its reload
#     audit row naming the revision: one row for the attempt;
#   - a bundle signed with another key, a lower revision (rollback), the
#     same revision with other content (replay), a truncated bundle and
#     one whose rules do not compile are each refused, change nothing,
#     are audited (once each) and counted in stats;
#   - after a restart with the server gone, the kept bundle is in force,
#     and the start-up's reload row names it.
#
# Usage: bundle_test.sh AGATED AGATECTL SOURCE_ROOT
set -eu
agated=$1
ctl=$2
src=$3
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
command -v "$py" >/dev/null || { echo "python3 missing: skipped"; exit 77; }

tmp=$(mktemp -d /tmp/agate-bundle.XXXXXX)
pids=""
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	for p in $pids; do wait "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/agated.log" ] && tail -n 20 "$tmp/agated.log" >&2; sqlite3 "$tmp/a.db" "select id,op,tool,verdict,reason from verdicts" >&2; exit 1; }

mkdir "$tmp/www" "$tmp/extra"
cd "$tmp"
"$ctl" bundle keygen --out "$tmp/good" >/dev/null || fail "keygen"
"$ctl" bundle keygen --out "$tmp/other" >/dev/null || fail "keygen (second key)"
[ "$(stat -c %a "$tmp/good.key")" = 600 ] || fail "the private key is not mode 0600"
! "$ctl" bundle keygen --out "$tmp/good" 2>/dev/null || fail "keygen wrote over an existing key"

cat >"$tmp/extra/90-deploys.rules" <<'EOF'
rule @deploys_go_through_ci
  trigger  deploy
  check    true
  enforce  block "deploys go through CI"
end
EOF
build() { # REV KEY OUT
	"$ctl" bundle build --key "$tmp/$2.key" --revision "$1" --out "$3" \
		"$src/policy/packs/default" "$tmp/extra/90-deploys.rules" >/dev/null ||
		fail "bundle build revision $1"
}
publish() { cp "$1" "$tmp/www/agate.bundle.new" && mv "$tmp/www/agate.bundle.new" "$tmp/www/agate.bundle"; }

build 1 good "$tmp/r1.bundle"
"$ctl" bundle inspect --pubkey "$tmp/good.pub" "$tmp/r1.bundle" >"$tmp/inspect.out" || fail "inspect"
grep -q "^revision 1$" "$tmp/inspect.out" || fail "inspect: no revision"
grep -q "signature verified" "$tmp/inspect.out" || fail "inspect: not verified"
grep -q "rules/90-deploys.rules" "$tmp/inspect.out" || fail "inspect: the rule file is not listed"
st=0
"$ctl" bundle inspect --pubkey "$tmp/other.pub" "$tmp/r1.bundle" >/dev/null 2>&1 || st=$?
[ "$st" -eq 1 ] || fail "inspect with the wrong key: status $st, expected 1"

"$py" "$src/tests/fleet/bundle_server.py" "$tmp/www" "$tmp/port" &
srv=$!
pids="$pids $srv"
i=0
while [ ! -s "$tmp/port" ]; do
	i=$((i + 1)); [ "$i" -lt 100 ] || fail "the HTTP server did not start"; sleep 0.05
done
url="http://127.0.0.1:$(cat "$tmp/port")/agate.bundle"

start_agated() {
	"$agated" --socket "$tmp/a.sock" --db "$tmp/a.db" --bundle-url "$url" \
		--bundle-pubkey "$tmp/good.pub" --bundle-poll 1 >>"$tmp/agated.log" 2>&1 &
	apid=$!
	pids="$pids $apid"
	i=0
	while [ ! -S "$tmp/a.sock" ]; do
		i=$((i + 1)); [ "$i" -lt 200 ] || fail "agated did not start"; sleep 0.05
	done
}
stop_agated() {
	kill -TERM "$apid"; wait "$apid" || fail "agated did not stop cleanly"
	pids=$(echo "$pids" | sed "s/ $apid\b//")
}
stat_field() { # KEY: a field of stats.bundle
	"$ctl" --socket "$tmp/a.sock" stats --json |
		"$py" -c 'import json,sys; print(json.load(sys.stdin)["bundle"][sys.argv[1]])' "$1"
}
wait_field() { # KEY VALUE
	i=0
	until [ "$(stat_field "$1")" = "$2" ]; do
		i=$((i + 1)); [ "$i" -lt 150 ] || fail "stats bundle.$1 is $(stat_field "$1"), not $2"
		sleep 0.1
	done
}
deploy_verdict() {
	st=0
	"$ctl" --socket "$tmp/a.sock" check --tool deploy --arg service=web >/dev/null 2>&1 || st=$?
	echo "$st"
}
rows() { sqlite3 "$tmp/a.db" "SELECT count(*) FROM verdicts WHERE tool = 'bundle' AND $1"; }
reload_rows() { sqlite3 "$tmp/a.db" "SELECT count(*) FROM verdicts WHERE op = 'reload'"; }
# who:outcome:bundle_revision of the last reload row
last_reload() {
	sqlite3 "$tmp/a.db" "SELECT json_extract(args_json, '\$.who') || ':' ||
		json_extract(args_json, '\$.outcome') || ':' ||
		coalesce(json_extract(args_json, '\$.bundle_revision'), '-') || ':' || coalesce(tool, '-')
		FROM verdicts WHERE op = 'reload' ORDER BY id DESC LIMIT 1"
}

start_agated
[ "$(deploy_verdict)" = 0 ] || fail "the local rules already block deploy"

# ---- a good bundle ----------------------------------------------------
publish "$tmp/r1.bundle"
wait_field revision 1
[ "$(deploy_verdict)" = 1 ] || fail "revision 1 is in force but deploy is not blocked"
[ "$(rows "verdict = 'allow' AND args_json LIKE '%\"bundle_revision\":1,%'")" = 1 ] ||
	fail "no reload audit row for revision 1"
# one attempt, one row: the start-up's and the bundle's, nothing more
[ "$(reload_rows)" = 2 ] || fail "$(reload_rows) reload rows after one bundle, expected 2"
[ "$(last_reload)" = "bundle:loaded:1:bundle" ] || fail "the bundle's reload row: $(last_reload)"
echo "ok: revision 1 in force, audited once"

# ---- refused: wrong key, rollback, replay, truncated -------------------
refused=0
expect_refused() { # FILE WHAT PATTERN
	refused=$((refused + 1))
	publish "$1"
	wait_field refused "$refused"
	[ "$(stat_field revision)" = "$4" ] || fail "$2 changed the revision in force"
	[ "$(deploy_verdict)" = 1 ] || fail "$2 changed the rules in force"
	# the refusal's row is committed by the audit writer after the
	# counter moves: give it a moment
	n=0
	until [ "$(rows "verdict = 'block' AND reason LIKE '%$3%'")" -ge 1 ]; do
		n=$((n + 1)); [ "$n" -lt 100 ] || fail "$2 was not audited"; sleep 0.05
	done
	reloads=$((reloads + 1))
	[ "$(reload_rows)" = "$reloads" ] || fail "$2: $(reload_rows) reload rows, expected $reloads"
	[ "$(rows "verdict = 'block' AND reason LIKE '%$3%'")" = 1 ] || fail "$2 was audited twice"
	echo "ok: $2 refused and audited once"
}
reloads=2
build 2 other "$tmp/r2-other.bundle"
expect_refused "$tmp/r2-other.bundle" "a bundle signed with the wrong key" "not with the configured key" 1

build 3 good "$tmp/r3.bundle"
publish "$tmp/r3.bundle"
wait_field revision 3
reloads=$((reloads + 1))
n=0
until [ "$(reload_rows)" -ge "$reloads" ]; do
	n=$((n + 1)); [ "$n" -lt 100 ] || fail "revision 3 was not audited"; sleep 0.05
done
[ "$(reload_rows)" = "$reloads" ] || fail "revision 3: $(reload_rows) reload rows, expected $reloads"
[ "$(last_reload)" = "bundle:loaded:3:bundle" ] || fail "revision 3's reload row: $(last_reload)"
build 2 good "$tmp/r2.bundle"
expect_refused "$tmp/r2.bundle" "a lower revision" "rollback" 3

echo '# other content' >>"$tmp/extra/90-deploys.rules"
build 3 good "$tmp/r3b.bundle"
expect_refused "$tmp/r3b.bundle" "the same revision with other content" "replay" 3

build 4 good "$tmp/r4.bundle"
head -c "$(($(wc -c <"$tmp/r4.bundle") - 100))" "$tmp/r4.bundle" >"$tmp/r4-cut.bundle"
expect_refused "$tmp/r4-cut.bundle" "a truncated bundle" "truncated" 3
[ "$(stat_field applied)" = 2 ] || fail "applied: $(stat_field applied), expected 2"
# unchanged bytes are answered 304 Not Modified (the ETag was sent back):
# nothing is published now, so the next polls (1 s apart) must get one
i=0
until [ "$(stat_field not_modified)" -gt 0 ]; do
	i=$((i + 1)); [ "$i" -lt 100 ] || fail "no 304 answer: the ETag was not sent back"
	sleep 0.1
done

# rules that do not compile: the reload refuses them, in one row
printf 'rule @broken\n  trigger deploy\n  check args.service ==\n  enforce block\nend\n' \
	>"$tmp/extra/90-deploys.rules"
build 5 good "$tmp/r5.bundle"
expect_refused "$tmp/r5.bundle" "a bundle whose rules do not compile" "reload failed with 1 error" 3
[ "$(last_reload)" = "bundle:failed:5:bundle" ] || fail "revision 5's reload row: $(last_reload)"

# ---- the kept bundle at the next start ---------------------------------
stop_agated
kill "$srv"; wait "$srv" 2>/dev/null || true
pids=$(echo "$pids" | sed "s/ $srv\b//")
start_agated
[ "$(deploy_verdict)" = 1 ] || fail "after a restart without the server, the kept bundle is not in force"
[ "$(stat_field revision)" = 3 ] || fail "after a restart the revision in force is not 3"
[ "$(last_reload)" = "start-up:loaded:3:bundle" ] || fail "the start-up's reload row: $(last_reload)"
echo "ok: the kept revision 3 is in force after a restart"
stop_agated
