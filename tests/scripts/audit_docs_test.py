#!/usr/bin/python3
"""audit_docs_test.py - run the agatectl audit examples of the docs.

    audit_docs_test.py SOURCE_ROOT AGATED AGATECTL

Every fenced block in docs/audit.md and docs/cli.md that follows the line

    <!-- example: checked by tests/scripts/audit_docs_test.py -->

is run: each line starting with "$ " is a shell command, the lines after
it up to the next "$ " line are its expected output. Each block runs in a
folder of its own holding a copy of audit.db, a small audit log a real
agated wrote (rows of billing_bot and ops_bot: an allowed `ls -la` that
the shadow rule try_hiding_listings would have blocked, a blocked `rm -rf
/`, a blocked transfer of 20000, an allowed `df -h`),
with agatectl on PATH. A command must exit 0 (show a failing status with
`; echo $?`), and its output must match the expected lines once times,
hashes and numbers are masked and runs of blanks squeezed (counts and ids
depend on rows other parts of agated may add); a line "..." stands for
any number of lines (at any indentation) and "..." inside a line for any
text.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MARK = "<!-- example: checked by tests/scripts/audit_docs_test.py -->"
DOCS = ["docs/audit.md", "docs/cli.md"]

RULES = """default allow
rule @no_recursive_root_delete
  trigger bash
  check args.command contains "rm -rf /"
  enforce block "recursive delete of /"
end
rule @transfer_above_the_daily_limit_needs_review
  trigger transfer
  check args.amount > 10000
  enforce block "transfer above 10000"
end
rule @try_hiding_listings
  mode shadow
  trigger bash
  check args.command contains "ls -la"
  enforce block "listings are hidden"
end
"""

CHECKS = [
    ["--agent", "billing_bot", "--session", "s1", "--tool", "bash", "--arg", "command=ls -la"],
    ["--agent", "billing_bot", "--session", "s1", "--tool", "bash", "--arg", "command=rm -rf /"],
    ["--agent", "billing_bot", "--session", "s1", "--tool", "transfer",
     "--arg", "amount:=20000", "--arg", "to=acme"],
    ["--agent", "ops_bot", "--session", "s2", "--tool", "bash", "--arg", "command=df -h"],
]


def fixture(folder, agated, agatectl):
    """Write audit.db in folder with a real agated."""
    with open(os.path.join(folder, "r.rules"), "w") as f:
        f.write(RULES)
    sock = os.path.join(folder, "s")
    log = open(os.path.join(folder, "agated.log"), "w")
    d = subprocess.Popen([agated, "--socket", sock, "--db", os.path.join(folder, "audit.db"),
                          "--rules", os.path.join(folder, "r.rules"), "--frames", "none"],
                         stdout=log, stderr=log, cwd=folder)
    try:
        for _ in range(200):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
        for c in CHECKS:
            r = subprocess.run([agatectl, "--socket", sock, "check"] + c,
                               capture_output=True, text=True, cwd=folder)
            if r.returncode not in (0, 1):
                sys.exit("FAIL: fixture check %s: %s%s" % (c, r.stdout, r.stderr))
    finally:
        d.send_signal(signal.SIGTERM)
        d.wait(timeout=30)
        log.close()


def blocks(path):
    """(line number, [lines]) of each checked block."""
    out, lines = [], open(path).read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == MARK:
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            k = j + 1
            while k < len(lines) and not lines[k].startswith("```"):
                k += 1
            out.append((j + 2, lines[j + 1:k]))
            i = k
        i += 1
    return out


def mask(line):
    line = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", "T", line)
    line = re.sub(r"\b[0-9a-f]{64}\b", "H", line)
    line = re.sub(r"\d+", "N", line)
    return " ".join(line.split())


def line_matches(want, got):
    if "..." in want and want.strip() != "...":
        pat = ".*".join(re.escape(p) for p in mask(want).split("..."))
        return re.fullmatch(pat, mask(got)) is not None
    return mask(want) == mask(got)


def output_matches(want, got):
    """want may hold "..." lines (indented or not) that match any number of lines."""
    if not want:
        return not got
    if want[0].strip() == "...":
        return any(output_matches(want[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and line_matches(want[0], got[0]) and output_matches(want[1:], got[1:])


def run_block(where, lines, base, folder, path_env):
    shutil.copytree(base, folder)
    env = dict(os.environ, PATH=path_env)
    env.pop("AGATE_DB", None)
    cmds, cur = [], None
    for ln in lines:
        if ln.startswith("$ "):
            cur = [ln[2:], []]
            cmds.append(cur)
        elif cur is not None:
            cur[1].append(ln)
    fails = 0
    for cmd, want in cmds:
        while want and not want[-1].strip():
            want.pop()
        r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, cwd=folder, env=env)
        got = (r.stdout + r.stderr).rstrip("\n").split("\n") if (r.stdout + r.stderr).strip() else []
        if r.returncode != 0:
            print("FAIL %s: `%s` exited %d:\n%s%s" % (where, cmd, r.returncode, r.stdout, r.stderr))
            fails += 1
        elif not output_matches(want, got):
            print("FAIL %s: `%s`\n--- expected\n%s\n--- got\n%s" %
                  (where, cmd, "\n".join(want), "\n".join(got)))
            fails += 1
    return fails, len(cmds)


def main():
    if len(sys.argv) != 4 or not sys.argv[3]:
        print("SKIP: agatectl not built")
        sys.exit(77)
    root, agated, agatectl = sys.argv[1:4]
    if shutil.which("sqlite3") is None:
        print("SKIP: the sqlite3 command is missing")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="agate-docs-")
    try:
        base = os.path.join(tmp, "base")
        os.mkdir(base)
        fixture(base, agated, agatectl)
        for f in os.listdir(base):
            if not f.startswith("audit.db"):
                os.remove(os.path.join(base, f))
        path_env = os.path.dirname(os.path.abspath(agatectl)) + os.pathsep + os.environ.get("PATH", "")
        fails = ran = nblocks = 0
        for doc in DOCS:
            for n, (lineno, lines) in enumerate(blocks(os.path.join(root, doc))):
                f, c = run_block("%s:%d" % (doc, lineno), lines, base,
                                 os.path.join(tmp, "b%d-%d" % (len(doc), n)), path_env)
                fails += f
                ran += c
                nblocks += 1
        if nblocks == 0:
            print("FAIL: no checked examples found")
            sys.exit(1)
        print("%d commands in %d examples, %d failed" % (ran, nblocks, fails))
        sys.exit(1 if fails else 0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
