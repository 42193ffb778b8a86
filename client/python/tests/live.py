"""A real agated for the tests: started on a temporary socket, database and
rule file, stopped and removed afterwards. $AGATED names the binary (meson
test sets it); without it the live tests are skipped."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

AGATED = os.environ.get("AGATED")

RULES = """default allow
rule @no_nuke
  trigger nuke
  enforce block "nothing gets nuked"
end
rule @no_root_delete
  trigger bash
  check args.command matches /rm\\s+-[a-z]*r[a-z]*f?\\s+\\/(\\s|$)/
  enforce block "recursive delete of /"
end
rule @no_etc_writes
  trigger write_file
  check args.path matches /^\\/etc\\//
  enforce block "writes under /etc"
end
rule @pay_review
  trigger pay
  enforce review "payments need a human"
end
"""


def needs_agated(cls):
    return unittest.skipIf(not AGATED, "AGATED is not set (run through meson test)")(cls)


class Agated:
    """agated with RULES (or rules) and extra flags; sock is its socket."""

    def __init__(self, *flags, rules=RULES, sock=None):
        self.dir = tempfile.mkdtemp(prefix="agated-py-")
        self.sock = sock or os.path.join(self.dir, "agated.sock")
        self.log = os.path.join(self.dir, "agated.log")
        rules_file = os.path.join(self.dir, "test.rules")
        with open(rules_file, "w") as f:
            f.write(rules)
        argv = [AGATED, "--foreground", "--socket", self.sock,
                "--db", os.path.join(self.dir, "audit.db"),
                "--rules", rules_file, "--frames", "none", "--log-level", "warn"]
        argv += list(flags)
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(argv, stdout=log, stderr=log)
        self.stopped = False
        for _ in range(1000):
            if self.proc.poll() is not None:
                raise RuntimeError("agated exited at start: " + self.log_tail())
            if self._answers():
                return
            time.sleep(0.01)
        self.stop()
        raise RuntimeError("agated did not listen within 10 s: " + self.log_tail())

    def _answers(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(self.sock)
            return True
        except OSError:
            return False
        finally:
            s.close()

    def log_tail(self):
        try:
            with open(self.log, errors="replace") as f:
                return f.read()[-2000:]
        except OSError:
            return "(no log)"

    def pause(self):
        """SIGSTOP: the socket still accepts, nothing is answered."""
        os.kill(self.proc.pid, signal.SIGSTOP)
        self.stopped = True

    def resume(self):
        if self.stopped:
            os.kill(self.proc.pid, signal.SIGCONT)
            self.stopped = False

    def stop(self):
        if self.proc.poll() is None:
            self.resume()
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
