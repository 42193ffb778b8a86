#!/bin/sh
# ocsf_test.sh - `agatectl audit export --format ocsf`: one OCSF API
# Activity event (Security Control profile) per verdict row, with the
# verdict as action and disposition and the deciding rule as the policy,
# and the row's id and hash kept under unmapped.agate.
# Usage: ocsf_test.sh AGATED AGATECTL
set -eu
agated=$1
ctl=$2
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
tmp=$(mktemp -d /tmp/agate-ocsf.XXXXXX)
trap 'kill $apid 2>/dev/null || true; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$agated" --socket "$tmp/a.sock" --db "$tmp/a.db" >"$tmp/agated.log" 2>&1 &
apid=$!
i=0
while [ ! -S "$tmp/a.sock" ]; do
	i=$((i + 1)); [ "$i" -lt 200 ] || fail "agated did not start"; sleep 0.05
done
c() { "$ctl" --socket "$tmp/a.sock" check --agent ops-bot --session s1 "$@" >/dev/null 2>&1 || true; }
c --tool shell --arg command='rm -rf /'
c --tool read_file --arg path=/tmp/notes.txt
c --tool shell --arg command='ls -l /tmp'
kill -TERM "$apid"; wait "$apid" || fail "agated did not stop cleanly"

"$ctl" audit export --db "$tmp/a.db" --format ocsf --host web-01 --output "$tmp/ocsf.jsonl" 2>"$tmp/err" ||
	fail "export: $(cat "$tmp/err")"
sqlite3 -json "$tmp/a.db" "SELECT id, verdict, rule, hash FROM verdicts WHERE kind = 'verdict' AND op = 'check' ORDER BY id" >"$tmp/rows.json"
nrows=$(sqlite3 "$tmp/a.db" "SELECT count(*) FROM verdicts WHERE kind = 'verdict'")
"$py" - "$tmp/ocsf.jsonl" "$tmp/rows.json" "$nrows" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
rows = json.load(open(sys.argv[2]))
# every verdict row has its event, the start-up reload row included;
# the three checks are compared field by field
assert len(events) == int(sys.argv[3]) == 4, (len(events), sys.argv[3])
ids = {r["id"] for r in rows}
events = [ev for ev in events if ev["unmapped"]["agate"]["audit_id"] in ids]
assert len(events) == len(rows) == 3, (len(events), len(rows))
for ev, row in zip(events, rows):
    assert ev["class_uid"] == 6003 and ev["category_uid"] == 6, ev
    assert ev["type_uid"] == 600399 and ev["activity_id"] == 99, ev
    assert "security_control" in ev["metadata"]["profiles"], ev["metadata"]
    assert ev["metadata"]["uid"] == "web-01:%d" % row["id"], ev["metadata"]
    assert ev["src_endpoint"]["hostname"] == "web-01"
    assert ev["actor"]["app_name"] == "ops-bot" and ev["actor"]["session"]["uid"] == "s1"
    assert isinstance(ev["time"], int) and ev["time"] > 0
    a = ev["unmapped"]["agate"]
    assert a["audit_id"] == row["id"] and a["hash"] == row["hash"], a
    want = {"allow": (1, 1), "block": (2, 2)}[row["verdict"]]
    assert (ev["action_id"], ev["disposition_id"]) == want, (row, ev["action_id"])
    assert ev["policy"].get("name") == row["rule"], (ev["policy"], row)
assert events[0]["action"] == "Denied" and events[0]["resources"][0]["data"] == {"command": "rm -rf /"}
assert events[1]["action"] == "Allowed"
print("ok: %d OCSF events match the audit rows" % len(events))
PY
