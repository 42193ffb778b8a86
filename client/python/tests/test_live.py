"""The agated Python client against a real agated (tests/live.py): rules
decide, reviews are held as long as the daemon says, and every failure of
the daemon (down, stopped, gone mid-way) is a block."""

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from live import Agated, needs_agated

import agated


def poll_pending(admin, tool, until, worker):
    """The pending entry for tool once until(entry) holds; fails the test
    when the worker thread is no longer waiting or after 120 s of polls."""
    for _ in range(1200):
        for p in admin.pending()["pending"]:
            if p["tool"] == tool and until(p):
                return p
        if worker is not None and not worker.is_alive():
            raise AssertionError("the held check returned before it was decided")
        time.sleep(0.1)
    raise AssertionError("no pending %s call" % tool)


def in_thread(fn, *a, **kw):
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("v", fn(*a, **kw)), daemon=True)
    t.start()
    return t, out


@needs_agated
class Decisions(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.d = Agated()

    @classmethod
    def tearDownClass(cls):
        cls.d.close()

    def test_rules_decide_and_every_key_is_present(self):
        with agated.Client(self.d.sock, agent="coder", session="s1") as gate:
            ok = gate.check("bash", {"command": "ls -la"})
            no = gate.check("bash", {"command": "rm -rf /"}, explain=True)
        self.assertEqual(set(ok), set(agated.CHECK_KEYS))
        self.assertEqual(set(no), set(agated.CHECK_KEYS))
        self.assertEqual((ok.verdict, ok.allowed, ok.error), ("allow", True, None))
        self.assertEqual((no.verdict, no.allowed, no.rule), ("block", False, "no_root_delete"))
        self.assertEqual(no.reason, "recursive delete of /")
        self.assertIsInstance(no.audit_id, int)
        self.assertGreater(no.audit_id, ok.audit_id)
        self.assertIsInstance(no.trace, str, "explain asks for the trace")
        self.assertIsInstance(no.generation, int)

    def test_unheld_review_answers_at_once(self):
        gate = agated.Client(self.d.sock)
        v = gate.check("pay", {"amount": 5}, agent="a", session="unheld", hold=False)
        self.assertEqual((v.verdict, v.allowed, v.rule), ("review", False, "pay_review"))
        self.assertEqual(v.approval_id, v.audit_id)
        admin = agated.Client(self.d.sock)
        admin.deny(v.approval_id, reason="not today")
        gate.close()
        admin.close()

    def test_guard_decorator_and_wrapper(self):
        gate = agated.Client(self.d.sock, agent="coder", session="guard")
        ran = []

        @gate.guard("bash", args=lambda command: {"command": command})
        def run(command):
            ran.append(command)
            return "ran " + command

        @gate.guard("write_file")           # args from the signature
        def write_file(path, content="", *, mode="w"):
            ran.append(path)
            return len(content)

        self.assertEqual(run("ls"), "ran ls")
        with self.assertRaises(agated.Blocked) as cm:
            run("rm -rf /")
        b = cm.exception
        self.assertEqual((b.verdict, b.rule, b.reason, b.error),
                         ("block", "no_root_delete", "recursive delete of /", None))
        self.assertIsInstance(b.audit_id, int)
        self.assertEqual(write_file("/tmp/x", "abc"), 3)
        with self.assertRaises(agated.Blocked) as cm:
            write_file("/etc/passwd", content="root::0:0::/:/bin/sh")
        self.assertEqual(cm.exception.rule, "no_etc_writes")
        self.assertEqual(ran, ["ls", "/tmp/x"], "a blocked function never runs")

        nuke = gate.guard("nuke", lambda target: ran.append(target))  # wrapper form
        with self.assertRaises(agated.Blocked):
            nuke("everything")
        self.assertEqual(ran, ["ls", "/tmp/x"])
        gate.close()

    def test_admin_helpers(self):
        admin = agated.Client(self.d.sock)
        before = admin.stats()["checks"]
        with agated.Client(self.d.sock) as gate:
            gate.check("ls")
        self.assertGreater(admin.stats()["checks"], before)
        self.assertIn("agate_checks_total", admin.stats(format="prometheus")["text"])
        gen = admin.ping()["generation"]
        self.assertGreater(admin.reload()["generation"], gen)
        self.assertEqual(admin.ping()["review_timeout_s"], 300)
        with self.assertRaises(agated.AgateError) as cm:
            admin.approve(10 ** 9)
        self.assertEqual(cm.exception.code, "not_found")

        gate = agated.Client(self.d.sock)
        t, out = in_thread(gate.check, "pay", {"amount": 7}, agent="a", session="deny")
        p = poll_pending(admin, "pay", lambda p: p["session"] == "deny", t)
        self.assertTrue(p["held"])
        r = admin.deny(p["audit_id"], reason="no")
        t.join(30)
        self.assertEqual(out["v"].verdict, "block")
        self.assertEqual(out["v"].decision_audit_id, r["decision_audit_id"])
        gate.close()
        admin.close()

    def test_default_socket_survives_chdir(self):
        old_env = os.environ.pop("AGATE_SOCKET", None)
        old_cwd = os.getcwd()
        work = tempfile.mkdtemp(prefix="agated-py-cwd-")
        os.mkdir(os.path.join(work, "agate-run"))
        os.symlink(self.d.sock, os.path.join(work, "agate-run", "agated.sock"))
        try:
            os.chdir(work)
            gate = agated.Client()
            os.chdir("/")
            self.assertTrue(os.path.isabs(gate.path))
            self.assertTrue(gate.check("ls").allowed)
            gate.close()
            os.environ["AGATE_SOCKET"] = "agate-run/agated.sock"
            os.chdir(work)
            gate = agated.Client()
            os.chdir("/")
            self.assertEqual(gate.path, os.path.join(os.path.realpath(work), "agate-run", "agated.sock"))
            self.assertTrue(gate.check("ls").allowed)
            gate.close()
        finally:
            os.chdir(old_cwd)
            shutil.rmtree(work, ignore_errors=True)
            os.environ.pop("AGATE_SOCKET", None)
            if old_env is not None:
                os.environ["AGATE_SOCKET"] = old_env


@needs_agated
class Review(unittest.TestCase):
    def test_30s_review_hold_is_answered_with_the_defaults(self):
        with Agated("--review-timeout", "30") as d:
            gate = agated.Client(d.sock)          # every default
            admin = agated.Client(d.sock)
            t, out = in_thread(gate.check, "pay", {"amount": 100},
                               agent="payer", session="s30")
            # held past the client's own reply timeout, by the daemon's clock
            p = poll_pending(admin, "pay", lambda p: p["age"] > gate.reply_timeout + 1, t)
            self.assertTrue(t.is_alive(), "the default client still waits")
            admin.approve(p["audit_id"], reason="fine")
            t.join(30)
            v = out["v"]
            self.assertEqual((v.verdict, v.allowed, v.error), ("allow", True, None))
            self.assertEqual(v.enforcement, "review")
            self.assertEqual(v.decided_by, os.getuid())
            self.assertEqual(set(v), set(agated.CHECK_KEYS))
            # what it waited for: the daemon's 30 s, plus its reply time
            self.assertEqual(gate.hold_wait(), 30 + agated.DEFAULT_REPLY_TIMEOUT)
            gate.close()
            admin.close()

    def test_the_daemon_review_timeout_decides_not_the_client(self):
        with Agated("--review-timeout", "2") as d:
            gate = agated.Client(d.sock, reply_timeout=0.5)
            v = gate.check("pay", {"amount": 1}, agent="payer", session="late")
            # a client that gave up after its 0.5 s would say error timeout
            self.assertEqual((v.verdict, v.error), ("block", None))
            self.assertIn("review timed out after 2 s", v.reason)
            self.assertEqual(v.decided_by, -1)
            gate.close()


@needs_agated
class DaemonFailures(unittest.TestCase):
    def test_daemon_down_blocks(self):
        d = Agated()
        gate = agated.Client(d.sock)
        self.assertTrue(gate.check("ls").allowed)
        d.close()
        v = gate.check("ls")
        self.assertEqual((v.verdict, v.allowed, v.error), ("block", False, "unreachable"))
        self.assertEqual(set(v), set(agated.CHECK_KEYS))
        ran = []
        guarded = gate.guard("ls", lambda: ran.append(1))
        with self.assertRaises(agated.Blocked) as cm:
            guarded()
        self.assertEqual(cm.exception.error, "unreachable")
        self.assertEqual(ran, [])

    def test_daemon_slow_blocks_on_timeout(self):
        with Agated("--review-timeout", "2") as d:
            warm = agated.Client(d.sock, reply_timeout=0.5)
            self.assertTrue(warm.check("ls").allowed)   # has learnt the 2 s
            d.pause()
            try:
                for v in (agated.Client(d.sock, connect_timeout=0.5,
                                        reply_timeout=0.5).check("ls"),
                          warm.check("ls"),
                          agated.Client(d.sock, reply_timeout=0.5).check("ls", hold=False)):
                    self.assertEqual((v.verdict, v.allowed, v.error),
                                     ("block", False, "timeout"))
                    self.assertEqual(set(v), set(agated.CHECK_KEYS))
            finally:
                d.resume()
            self.assertTrue(warm.check("ls").allowed, "a new connection after the timeout")
            warm.close()


@needs_agated
class Async(unittest.TestCase):
    def test_async_client(self):
        with Agated() as d:
            asyncio.run(self._run(d))

    async def _run(self, d):
        async with agated.AsyncClient(d.sock, agent="coder", session="as") as gate:
            ok, no = await asyncio.gather(gate.check("bash", {"command": "ls"}),
                                          gate.check("nuke"))
            self.assertEqual((ok.verdict, no.verdict, no.rule), ("allow", "block", "no_nuke"))
            self.assertEqual(set(no), set(agated.CHECK_KEYS))

            ran = []

            @gate.guard("bash", args=lambda command: {"command": command})
            async def run(command):
                ran.append(command)
                return command

            self.assertEqual(await run("ls"), "ls")
            with self.assertRaises(agated.Blocked):
                await run("rm -rf /")
            self.assertEqual(ran, ["ls"])

            # a held check does not hold back the others
            held = asyncio.ensure_future(gate.check("pay", {"amount": 3}, session="held"))
            for _ in range(600):
                pend = (await gate.pending())["pending"]
                if pend:
                    break
                await asyncio.sleep(0.05)
            self.assertEqual(len(pend), 1)
            self.assertFalse(held.done())
            self.assertTrue((await gate.check("ls")).allowed)
            await gate.approve(pend[0]["audit_id"])
            v = await held
            self.assertEqual((v.verdict, v.decided_by), ("allow", os.getuid()))
            self.assertEqual((await gate.stats())["pending_reviews"], 0)

        d.close()
        down = agated.AsyncClient(d.sock)
        v = await down.check("ls")
        self.assertEqual((v.verdict, v.error), ("block", "unreachable"))
        self.assertEqual(set(v), set(agated.CHECK_KEYS))


DOC = os.path.join(os.environ.get("AGATE_SOURCE_ROOT")
                   or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."),
                   "docs", "clients.md")


def doc_block(marker):
    """The fenced block after the line holding marker in docs/clients.md."""
    with open(DOC) as f:
        lines = f.read().split("\n")
    start = next(i for i, line in enumerate(lines) if marker in line)
    body = []
    inside = False
    for line in lines[start + 1:]:
        if line.startswith("```"):
            if inside:
                return "\n".join(body) + "\n"
            inside = True
        elif inside:
            body.append(line)
    raise AssertionError("no block after %r in %s" % (marker, DOC))


@needs_agated
class DocExamples(unittest.TestCase):
    def test_the_python_example_of_clients_md(self):
        rules = doc_block("<!-- tested: the rules of the examples below -->")
        code = doc_block("<!-- tested: client/python/tests/test_live.py (DocExamples) -->")
        pkg = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
        with Agated(rules=rules) as d:
            env = dict(os.environ, AGATE_SOCKET=d.sock, PYTHONPATH=pkg)
            r = subprocess.run([sys.executable, "-c", code], env=env, cwd=d.dir,
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            lines = r.stdout.splitlines()
            self.assertEqual(len(lines), 2, r.stdout)
            self.assertEqual(lines[0], "hello")
            self.assertRegex(lines[1], r"^refused: piping a download into a shell "
                                       r"\(audit id [1-9][0-9]*\)$")
            with agated.Client(d.sock) as admin:
                self.assertEqual(admin.stats()["verdicts"]["block"], 1)


if __name__ == "__main__":
    unittest.main()
