#!/usr/bin/python3
"""A call decided by agated over its socket gets the verdict `agatectl test`
gives the same case in process.

Operators tune rules with `agatectl test` and the figures in docs/ come from
it, while agents (and anyone measuring the gate from outside) speak to
agated. This replays the project's corpora (roles, held-out, blind) through a real agated, as the
case format's README says an outside replay does (a fresh session per case,
`register` with the case's purpose and tools, then `check` every step until
one is not allowed), and compares each case's outcome with the in-process
one. Each corpus is replayed three ways: as written; with its purposes
removed and still registered (purpose ""); and with its purposes removed
and never registered, where agated knows the agent by the name the calls
give, as `agatectl test` does.

usage: wire_agrees_test.py SOURCE_ROOT AGATED AGATECTL
exit: 0 all agree; 1 a case differs (each listed); 77 skipped (a program or
python3-msgpack missing).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

root, agated_bin, agatectl_bin = sys.argv[1:4]
if not agated_bin or not agatectl_bin:
    print("SKIP: agated or agatectl was not built")
    sys.exit(77)
sys.path.insert(0, os.path.join(root, "client", "python"))
try:
    import agated  # noqa: E402
    import msgpack  # noqa: F401,E402
except ImportError as e:
    print("SKIP: %s (Debian: apt install python3-msgpack)" % e)
    sys.exit(77)

CORPORA = ["tests/corpus/roles.jsonl", "tests/corpus/heldout.jsonl",
           "tests/corpus/blind.jsonl"]
RULES = os.path.join(root, "policy", "packs", "default")
FRAMES = os.path.join(root, "policy", "frames")


def cases_of(path, strip_purpose):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            case = json.loads(line)
            if strip_purpose:
                case.pop("purpose", None)
            out.append(case)
    return out


def in_process(path):
    """Case id -> blocked, from agatectl test --explain's case lines."""
    p = subprocess.run([agatectl_bin, "test", "--rules", RULES, "--frames",
                        FRAMES, "--explain", path],
                       capture_output=True, text=True, timeout=600)
    if p.returncode == 3:
        sys.exit("agatectl test could not read %s:\n%s" % (path, p.stderr))
    got = {}
    for line in p.stdout.splitlines():
        m = re.match(r"^(?:TP|FP|TN|FN)\s+(\S+)\s+label=\d\s+verdict=(\S+)", line)
        if m:
            got[m.group(1)] = m.group(2).lower() != "allow"
    return got


def over_the_wire(sock, cases, register, tag):
    """Case id -> (blocked, what decided it)."""
    got = {}
    with agated.Client(sock, timeout=30) as c:
        for case in cases:
            session = "%s-%s" % (tag, case["id"])
            if register:
                c.register(case.get("agent") or "", case.get("purpose") or "",
                           session=session, tools=case.get("tools"))
            outcome = (False, "allow")
            for step in case["steps"]:
                v = c.check(step.get("tool"), step.get("args"),
                            agent=case.get("agent"), session=session,
                            text=step.get("text"), context=step.get("context"),
                            hold=False)
                if v["error"]:
                    sys.exit("check of %s failed: %s %s" % (case["id"], v["error"],
                                                            v["message"]))
                if v["verdict"] != "allow":
                    outcome = (True, "%s by %s" % (v["verdict"], v["rule"]))
                    break
            got[case["id"]] = outcome
    return got


def main():
    tmp = tempfile.mkdtemp(prefix="agate-wire-")
    sock = os.path.join(tmp, "agated.sock")
    log = open(os.path.join(tmp, "agated.log"), "w")
    daemon = subprocess.Popen([agated_bin, "--socket", sock, "--db",
                               os.path.join(tmp, "audit.db"), "--rules", RULES,
                               "--frames", FRAMES, "--audit", "async"],
                              stdout=log, stderr=subprocess.STDOUT)
    failures = 0
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with agated.Client(sock, timeout=2) as c:
                    c.ping()
                break
            except agated.AgateError:
                if daemon.poll() is not None or time.monotonic() > deadline:
                    sys.exit("agated did not start:\n" +
                             open(os.path.join(tmp, "agated.log")).read())
                time.sleep(0.05)
        for rel in CORPORA:
            path = os.path.join(root, rel)
            stripped = os.path.join(tmp, "nopurpose-" + os.path.basename(rel))
            with open(stripped, "w", encoding="utf-8") as f:
                for case in cases_of(path, True):
                    f.write(json.dumps(case) + "\n")
            ways = [("as written", path, True),
                    ("no purpose, registered", stripped, True),
                    ("no purpose, never registered", stripped, False)]
            for n, (way, file, register) in enumerate(ways):
                cases = cases_of(file, False)
                want = in_process(file)
                got = over_the_wire(sock, cases, register, "w%d" % n)
                blocked = sum(1 for b, _ in got.values() if b)
                differ = [k for k in got if got[k][0] != want.get(k)]
                print("%s, %s: %d cases, %d blocked over the wire, %d differ"
                      % (rel, way, len(got), blocked, len(differ)))
                for k in differ:
                    print("  DIFFER %s: wire %s, in process %s"
                          % (k, got[k][1], "block" if want.get(k) else "allow"))
                if len(got) != len(want) or not got:
                    print("  the case counts differ: wire %d, in process %d"
                          % (len(got), len(want)))
                    failures += 1
                failures += len(differ)
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=30)
        except subprocess.TimeoutExpired:
            daemon.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("FAIL" if failures else "ok: every case decided alike over the wire and in process")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
