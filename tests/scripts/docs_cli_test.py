#!/usr/bin/python3
"""docs_cli_test.py - run the shell transcripts of the docs against agated.

    docs_cli_test.py SOURCE_ROOT AGATED AGATECTL

A transcript is a code block with a line starting "$ " (a command; the
lines after it, up to the next "$ " line, are its output). Every
transcript of docs/cli.md, docs/operations.md, docs/rules.md,
docs/packs.md and docs/audit.md must carry a marker (docs_examples.py):

    <!-- example: run by tests/scripts/docs_cli_test.py -->
        run here: in a folder of its own, with a fresh agated on
        ./agate-run/agated.sock (the socket agatectl looks for first)
        that loads policy/packs/default, the page's site.rules (the rule
        block marked "site.rules of the transcripts", if any) and the
        frames policy/frames, the test's uid an admin; ./policy is the
        source tree's, each rule block of the page marked "NAME.rules of
        the transcripts" is ./NAME.rules; agatectl and agated on PATH
    <!-- example: checked by tests/scripts/audit_docs_test.py -->
        run by that test, on its audit log
    <!-- example: not run: REASON -->
        not run (root, systemd, a second host, an operator's action, data
        that is not in the project); listed with REASON

A transcript without a marker fails the test, so that a new example is
either run or says why not. The commands of a block run one by one with
`sh -c`; `echo $?` prints the status of the command before it. A command
ending in "&" runs in the background (its output redirected by the
transcript), and the next command waits until the daemon holds it for
review (`agatectl pending` counts one held call per background command), so that a transcript can show an agent waiting
while an operator decides; `wait` (also as `wait; ...`) waits for the background
commands. A command
must exit 0 unless the next command is `echo $?`, and its output
(standard output then standard error) must match the expected lines once
times, hashes and numbers are masked (audit_docs_test.py: audit ids,
latencies and counts differ from run to run); a line "..." stands for any
number of lines and "..." inside a line for any text.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_examples  # noqa: E402
from audit_docs_test import DOCS as AUDIT_DOCS, output_matches  # noqa: E402

DOCS = ["docs/cli.md", "docs/operations.md", "docs/rules.md", "docs/packs.md", "docs/audit.md"]
RUN = "run by tests/scripts/docs_cli_test.py"
CHECKED_ELSEWHERE = "checked by tests/scripts/audit_docs_test.py"

# A rule block of a page marked "NAME.rules of the transcripts" (and
# maybe more after a comma) is written as NAME.rules in the folder of each
# of that page's transcripts; site.rules is also loaded by the daemon.
PAGE_FILE = re.compile(r"^([\w-]+\.rules) of the transcripts\b")


class Daemon:
    def __init__(self, folder, root, agated, page_files):
        os.mkdir(os.path.join(folder, "agate-run"))
        rules = ["--rules", os.path.join(root, "policy", "packs", "default")]
        if "site.rules" in page_files:
            rules += ["--rules", os.path.join(folder, "site.rules")]
        self.sock = os.path.join(folder, "agate-run", "agated.sock")
        self.log = open(os.path.join(folder, "agated.log"), "w")
        self.proc = subprocess.Popen(
            [agated, "--socket", self.sock, "--db", os.path.join(folder, "audit.db")] + rules +
            ["--frames", os.path.join(root, "policy", "frames"), "--admin-uid", str(os.getuid())],
            stdout=self.log, stderr=self.log, cwd=folder)
        for _ in range(600):
            if os.path.exists(self.sock) or self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if not os.path.exists(self.sock):
            self.stop()
            sys.exit("FAIL: agated did not start:\n" + open(self.log.name).read())

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=30)
        self.log.close()


def commands(lines):
    cmds, cur = [], None
    for ln in lines:
        if ln.startswith("$ "):
            cur = [ln[2:], []]
            cmds.append(cur)
        elif cur is not None:
            cur[1].append(ln)
    for _, want in cmds:
        while want and not want[-1].strip():
            want.pop()
    return cmds


def run_block(block, folder, root, agated, agatectl, page_files):
    os.mkdir(folder)
    os.symlink(os.path.join(root, "policy"), os.path.join(folder, "policy"))
    for name, text in page_files.items():
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
    path_env = os.pathsep.join([os.path.dirname(agatectl), os.path.dirname(agated),
                                os.environ.get("PATH", "")])
    env = dict(os.environ, PATH=path_env)
    for k in ("AGATE_SOCKET", "AGATE_DB", "AGATE_SESSION", "AGATE_AGENT"):
        env.pop(k, None)
    daemon = Daemon(folder, root, agated, page_files)
    fails, last, jobs = 0, 0, []
    try:
        cmds = commands(block.lines)
        for n, (cmd, want) in enumerate(cmds):
            if cmd.strip() == "echo $?":
                got, rc = [str(last)], 0
            elif cmd.rstrip().endswith("&"):
                jobs.append(subprocess.Popen(["sh", "-c", cmd.rstrip()[:-1]], cwd=folder, env=env,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                got, rc = [], 0
                if not wait_held(agatectl, folder, env, len(jobs)):
                    got, rc = ["(no call was held for review within 30 s)"], 1
            elif cmd.strip() == "wait":
                got, rc = [], 0
                for j in jobs:
                    j.wait(timeout=60)
            else:
                # `wait; cat reply.txt`: the background commands are this
                # runner's, not the new shell's, so wait for them here
                # first (a slow build answers the held call later)
                if re.match(r"^\s*wait\s*;", cmd):
                    for j in jobs:
                        j.wait(timeout=60)
                    cmd = cmd.split(";", 1)[1]
                r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True,
                                   cwd=folder, env=env, timeout=60)
                text = r.stdout + r.stderr
                got = text.rstrip("\n").split("\n") if text.strip() else []
                rc = last = r.returncode
            status_shown = n + 1 < len(cmds) and cmds[n + 1][0].strip() == "echo $?"
            if rc != 0 and not status_shown:
                print("FAIL %s: `%s` exited %d:\n%s" % (block.where(), cmd, rc, "\n".join(got)))
                fails += 1
            elif not output_matches(want, got):
                print("FAIL %s: `%s`\n--- expected\n%s\n--- got\n%s" %
                      (block.where(), cmd, "\n".join(want), "\n".join(got)))
                fails += 1
        return fails, len(cmds)
    finally:
        for j in jobs:
            if j.poll() is None:
                j.kill()
                j.wait()
        daemon.stop()


def wait_held(agatectl, folder, env, n):
    """True once agated holds n calls for review (the one just started the
    nth: a transcript's background checks are held in the order given)."""
    for _ in range(600):
        r = subprocess.run([agatectl, "--json", "pending"], capture_output=True, text=True,
                           cwd=folder, env=env)
        if r.returncode == 0 and json.loads(r.stdout).get("total", 0) >= n:
            return True
        time.sleep(0.05)
    return False


def main():
    if len(sys.argv) != 4 or not sys.argv[2] or not sys.argv[3]:
        print("SKIP: agated or agatectl not built")
        sys.exit(77)
    root = os.path.abspath(sys.argv[1])
    agated, agatectl = os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    tmp = tempfile.mkdtemp(prefix="agate-docs-cli-")
    fails = ran = 0
    counts, skipped = {}, []
    try:
        for doc in DOCS:
            page_files = {}
            for b in docs_examples.blocks(root, doc):
                m = PAGE_FILE.match(b.marker or "")
                if m:
                    page_files[m.group(1)] = "\n".join(b.lines) + "\n"
            for i, block in enumerate(docs_examples.blocks(root, doc)):
                if not docs_examples.is_transcript(block):
                    continue
                m = block.marker or ""
                if m == RUN:
                    f, c = run_block(block, os.path.join(tmp, "%s-%d" % (os.path.basename(doc), i)),
                                     root, agated, agatectl, page_files)
                    fails += f
                    ran += c
                    kind = "run"
                elif m == CHECKED_ELSEWHERE and doc in AUDIT_DOCS:
                    kind = "audit_docs"
                elif m.startswith("not run: "):
                    kind = "not run"
                    skipped.append("%s: %s" % (block.where(), m[len("not run: "):]))
                else:
                    print("FAIL %s: a transcript without a marker this test knows (%s, %s or not run: REASON)"
                          % (block.where(), RUN, CHECKED_ELSEWHERE))
                    fails += 1
                    kind = "unmarked"
                counts[(doc, kind)] = counts.get((doc, kind), 0) + 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for s in skipped:
        print("not run %s" % s)
    for doc in DOCS:
        print("%s: %s" % (doc, ", ".join("%d %s" % (counts.get((doc, k), 0), k) for k in
                                         ("run", "audit_docs", "not run", "unmarked"))))
    if ran == 0:
        print("FAIL: no transcript was run")
        sys.exit(1)
    print("%d commands run, %d failed" % (ran, fails))
    sys.exit(1 if fails else 0)


main()
