"""Tests of the agate Python client: fail-closed paths and reply decoding,
against a fake daemon thread (no agated needed)."""

import os
import socket
import struct
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import agate  # noqa: E402

try:
    import msgpack
except ImportError:  # the fail-closed tests still run
    msgpack = None


class FakeDaemon:
    """Accepts connections on a temporary socket and answers each frame
    with handler(request) -> bytes (a whole frame) or None (stay silent)
    or False (close)."""

    def __init__(self, handler, max_conns=4, one_per_conn=False):
        self.one_per_conn = one_per_conn
        self.dir = tempfile.mkdtemp(prefix="agate-py-test-")
        self.path = os.path.join(self.dir, "agated.sock")
        self.handler = handler
        self.requests = []
        self.conns = 0
        self.lsock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.lsock.bind(self.path)
        self.lsock.listen(8)
        self.max_conns = max_conns
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _read(self, conn, n):
        buf = b""
        while len(buf) < n:
            chunk = conn.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return buf

    def _serve(self):
        for _ in range(self.max_conns):
            try:
                conn, _ = self.lsock.accept()
            except OSError:
                return
            self.conns += 1
            with conn:
                while True:
                    hdr = self._read(conn, 4)
                    if hdr is None:
                        break
                    body = self._read(conn, struct.unpack(">I", hdr)[0])
                    if body is None:
                        break
                    req = msgpack.unpackb(body, raw=False)
                    self.requests.append(req)
                    out = self.handler(req)
                    if out is False:
                        break
                    if out is None:
                        while conn.recv(1):
                            pass
                        break
                    conn.sendall(out)
                    if self.one_per_conn:
                        break

    def stop(self):
        try:
            self.lsock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.lsock.close()
        self.thread.join(2)
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.rmdir(self.dir)


def frame(obj):
    payload = msgpack.packb(obj, use_bin_type=True)
    return struct.pack(">I", len(payload)) + payload


class FailClosedWithoutDaemon(unittest.TestCase):
    def test_missing_socket_blocks(self):
        c = agate.Client("/nonexistent/agate/agated.sock", timeout=0.5)
        v = c.check("bash", {"command": "rm -rf /"}, agent="a", session="s")
        self.assertEqual(v["verdict"], "block")
        self.assertFalse(v["allowed"])
        self.assertEqual(v["error"], "unreachable" if msgpack else "internal")
        self.assertIn("agated.sock" if msgpack else "msgpack", v["message"])

    def test_bad_arguments_block(self):
        c = agate.Client("/nonexistent.sock")
        self.assertEqual(c.check("")["verdict"], "block")
        self.assertEqual(c.check("bash", args=["not", "a", "dict"])["verdict"], "block")

    def test_other_calls_raise(self):
        c = agate.Client("/nonexistent/agate/agated.sock", timeout=0.5)
        with self.assertRaises(agate.AgateError):
            c.ping()

    def test_default_socket_from_environment(self):
        old = os.environ.get("AGATE_SOCKET")
        os.environ["AGATE_SOCKET"] = "/tmp/x/agated.sock"
        try:
            self.assertEqual(agate.default_socket(), "/tmp/x/agated.sock")
            self.assertEqual(agate.Client().path, "/tmp/x/agated.sock")
        finally:
            if old is None:
                del os.environ["AGATE_SOCKET"]
            else:
                os.environ["AGATE_SOCKET"] = old


@unittest.skipIf(msgpack is None, "python3-msgpack is not installed")
class AgainstFakeDaemon(unittest.TestCase):
    def run_check(self, handler, timeout=2.0, **kw):
        d = FakeDaemon(handler)
        try:
            c = agate.Client(d.path, timeout=timeout)
            v = c.check("bash", {"command": "rm -rf /"}, agent="a", session="s", **kw)
            c.close()
            return v, d
        finally:
            d.stop()

    def test_block_reply_is_decoded(self):
        def h(req):
            return frame({"id": req["id"], "ok": True, "verdict": "block",
                          "enforcement": "stop", "rule": "no_rm",
                          "reason": "recursive delete", "audit_id": 17,
                          "eval_ns": 1200, "scores": {"drift": 0.5}})
        v, d = self.run_check(h, explain=True)
        self.assertEqual(v["verdict"], "block")
        self.assertIsNone(v["error"])
        self.assertEqual(v["enforcement"], "stop")
        self.assertEqual(v["rule"], "no_rm")
        self.assertEqual(v["audit_id"], 17)
        self.assertEqual(v["scores"], {"drift": 0.5})
        req = d.requests[0]
        self.assertEqual(req["v"], agate.PROTOCOL_VERSION)
        self.assertEqual(req["op"], "check")
        self.assertEqual(req["args"], {"command": "rm -rf /"})
        self.assertTrue(req["explain"])
        self.assertNotIn("text", req, "unset fields are not sent")

    def test_allow_reply(self):
        v, _ = self.run_check(lambda r: frame({"id": r["id"], "ok": True,
                                               "verdict": "allow"}))
        self.assertTrue(v["allowed"])
        self.assertEqual(v["verdict"], "allow")

    def test_garbage_is_protocol_block(self):
        v, _ = self.run_check(lambda r: struct.pack(">I", 3) + b"\xc1\xc1\xc1")
        self.assertEqual((v["verdict"], v["error"]), ("block", "protocol"))

    def test_wrong_id_is_protocol_block(self):
        v, _ = self.run_check(lambda r: frame({"id": r["id"] + 7, "ok": True,
                                               "verdict": "allow"}))
        self.assertEqual((v["verdict"], v["error"]), ("block", "protocol"))

    def test_unknown_verdict_is_protocol_block(self):
        v, _ = self.run_check(lambda r: frame({"id": r["id"], "ok": True,
                                               "verdict": "yes"}))
        self.assertEqual((v["verdict"], v["error"]), ("block", "protocol"))

    def test_oversized_frame_is_protocol_block(self):
        v, _ = self.run_check(lambda r: struct.pack(">I", 50 * 1024 * 1024))
        self.assertEqual((v["verdict"], v["error"]), ("block", "protocol"))

    def test_silence_is_timeout_block(self):
        t0 = time.monotonic()
        v, _ = self.run_check(lambda r: None, timeout=0.2)
        self.assertEqual((v["verdict"], v["error"]), ("block", "timeout"))
        self.assertLess(time.monotonic() - t0, 2.0)

    def test_closed_connection_is_unreachable_block(self):
        v, _ = self.run_check(lambda r: False)
        self.assertEqual((v["verdict"], v["error"]), ("block", "unreachable"))

    def test_refusal_carries_daemon_code(self):
        v, _ = self.run_check(lambda r: frame({"id": r["id"], "ok": False,
                                               "error": "overloaded",
                                               "message": "busy"}))
        self.assertEqual((v["verdict"], v["error"]), ("block", "overloaded"))

    def test_pipelining_in_order(self):
        d = FakeDaemon(lambda r: frame({"id": r["id"], "ok": True,
                                        "verdict": "allow", "audit_id": r["id"] * 2}))
        try:
            c = agate.Client(d.path)
            ids = [c.send("check", tool="bash", args={}) for _ in range(200)]
            self.assertEqual(c.pending, 200)
            got = [c.recv()["audit_id"] for _ in ids]
            self.assertEqual(got, [i * 2 for i in ids])
            c.close()
        finally:
            d.stop()

    def test_reconnects_after_daemon_closed(self):
        def h(req):
            return frame({"id": req["id"], "ok": True, "verdict": "allow"})
        d = FakeDaemon(h, one_per_conn=True)
        try:
            c = agate.Client(d.path)
            self.assertTrue(c.check("ls")["allowed"])
            # the daemon closed after one reply; the next check must go
            # again on a fresh connection rather than fail
            time.sleep(0.05)
            self.assertTrue(c.check("ls")["allowed"])
            self.assertEqual(d.conns, 2)
            c.close()
        finally:
            d.stop()


if __name__ == "__main__":
    unittest.main()
