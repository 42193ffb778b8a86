"""Tests of the agated Python client: fail-closed paths and reply decoding,
against a fake daemon thread (no agated needed): garbage, silence,
replies out of order, a hold answered within the daemon's review timeout."""

import os
import socket
import struct
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import agated  # noqa: E402

try:
    import msgpack
except ImportError:  # the fail-closed tests still run
    msgpack = None


class FakeDaemon:
    """Accepts connections on a temporary socket and answers each frame
    with handler(request) -> bytes (a whole frame) or None (stay silent)
    or False (close)."""

    def __init__(self, handler, max_conns=4, one_per_conn=False, review_timeout=1):
        self.one_per_conn = one_per_conn
        # a ping (what the client asks before a check that may be held) is
        # answered with this review timeout; None hands it to handler
        self.review_timeout = review_timeout
        self.dir = tempfile.mkdtemp(prefix="agated-py-test-")
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
                    if req.get("op") == "ping" and self.review_timeout is not None:
                        conn.sendall(frame({"id": req["id"], "ok": True, "v": 1,
                                            "review_timeout_s": self.review_timeout}))
                        continue
                    self.requests.append(req)
                    out = self.handler(req)
                    if out is False:
                        break
                    if out is None:
                        while conn.recv(1):
                            pass
                        break
                    try:
                        conn.sendall(out)
                    except OSError:  # the client gave up (a timeout test)
                        break
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
        c = agated.Client("/nonexistent/agate/agated.sock", timeout=0.5)
        v = c.check("bash", {"command": "rm -rf /"}, agent="a", session="s")
        self.assertEqual(v["verdict"], "block")
        self.assertFalse(v["allowed"])
        self.assertEqual(v["error"], "unreachable" if msgpack else "internal")
        self.assertIn("agated.sock" if msgpack else "msgpack", v["message"])

    def test_bad_arguments_block(self):
        c = agated.Client("/nonexistent.sock")
        self.assertEqual(c.check("")["verdict"], "block")
        self.assertEqual(c.check("bash", args=["not", "a", "dict"])["verdict"], "block")

    def test_other_calls_raise(self):
        c = agated.Client("/nonexistent/agate/agated.sock", timeout=0.5)
        with self.assertRaises(agated.AgateError):
            c.ping()

    def test_fail_closed_result_has_every_key(self):
        v = agated.Client("/nonexistent/agated.sock").check("ls")
        self.assertEqual(set(v), set(agated.CHECK_KEYS))
        self.assertIsNone(v.trace)

    def test_relative_paths_are_made_absolute_once(self):
        self.assertEqual(agated.Client("x/agated.sock").path,
                         os.path.join(os.getcwd(), "x/agated.sock"))

    def test_default_socket_from_environment(self):
        old = os.environ.get("AGATE_SOCKET")
        os.environ["AGATE_SOCKET"] = "/tmp/x/agated.sock"
        try:
            self.assertEqual(agated.default_socket(), "/tmp/x/agated.sock")
            self.assertEqual(agated.Client().path, "/tmp/x/agated.sock")
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
            c = agated.Client(d.path, timeout=timeout)
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
        self.assertEqual(req["v"], agated.PROTOCOL_VERSION)
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
        v, _ = self.run_check(lambda r: None, timeout=0.2)
        self.assertEqual((v["verdict"], v["error"]), ("block", "timeout"))
        self.assertEqual(set(v), set(agated.CHECK_KEYS))
        v, _ = self.run_check(lambda r: None, timeout=0.2, hold=False)
        self.assertEqual((v["verdict"], v["error"]), ("block", "timeout"))

    def test_hold_is_waited_for_as_long_as_the_daemon_says(self):
        def late(req):
            time.sleep(1.5)  # past the reply timeout, within the review timeout
            return frame({"id": req["id"], "ok": True, "verdict": "allow",
                          "enforcement": "review", "decided_by": 0})
        d = FakeDaemon(late, review_timeout=5)
        try:
            c = agated.Client(d.path, reply_timeout=0.3)
            v = c.check("pay", {"amount": 1})
            self.assertEqual((v.verdict, v.error, v.decided_by), ("allow", None, 0))
            self.assertEqual(c.hold_wait(), 5 + 0.3)
            # the same answer to a check that may not be held is too late
            v = c.check("pay", {"amount": 1}, hold=False)
            self.assertEqual((v.verdict, v.error), ("block", "timeout"))
            self.assertEqual(d.requests[-1]["hold"], False)
            c.close()
        finally:
            d.stop()

    def test_ping_without_review_timeout_means_the_daemon_default(self):
        def h(req):
            if req["op"] == "ping":
                return frame({"id": req["id"], "ok": True, "v": 1})
            return frame({"id": req["id"], "ok": True, "verdict": "allow"})
        d = FakeDaemon(h, review_timeout=None)
        try:
            c = agated.Client(d.path)
            self.assertEqual(c.hold_wait(), 300 + agated.DEFAULT_REPLY_TIMEOUT)
            self.assertIsNone(agated.Client(d.path, hold_timeout=None).hold_wait())
            self.assertEqual(agated.Client(d.path, hold_timeout=7).hold_wait(), 7)
            c.close()
        finally:
            d.stop()

    def test_guard_sends_the_signature_and_fails_closed(self):
        d = FakeDaemon(lambda r: frame({"id": r["id"], "ok": True,
                                        "verdict": "block" if r["tool"] == "rm" else "allow",
                                        "rule": "r", "reason": "no rm", "audit_id": 9}),
                       max_conns=8)
        try:
            gate = agated.Client(d.path, agent="ag", session="se")
            ran = []

            class Tools:
                @gate.guard("edit")
                def edit(self, path, text="", *more, **opts):
                    ran.append(path)

            Tools().edit("/a", "b", 1, 2, force=True)
            req = d.requests[-1]
            self.assertEqual(req["args"], {"path": "/a", "text": "b", "more": [1, 2],
                                           "force": True})
            self.assertEqual((req["agent"], req["session"]), ("ag", "se"))

            rm = gate.guard("rm", lambda p: ran.append(p), text=lambda p: "rm " + p)
            with self.assertRaises(agated.Blocked) as cm:
                rm("/")
            self.assertEqual((cm.exception.reason, cm.exception.audit_id), ("no rm", 9))
            self.assertEqual(d.requests[-1]["text"], "rm /")

            # an argument that cannot be sent is a block, not a call
            with self.assertRaises(agated.Blocked) as cm:
                Tools().edit(object())
            self.assertEqual(cm.exception.error, "internal")
            self.assertEqual(ran, ["/a"])

            async def coro():
                pass
            with self.assertRaises(TypeError):
                gate.guard("x", coro)
            gate.close()
        finally:
            d.stop()

    def test_async_client_fails_closed(self):
        import asyncio

        async def one(handler, **kw):
            d = FakeDaemon(handler)
            try:
                async with agated.AsyncClient(d.path, reply_timeout=0.3) as c:
                    return await c.check("bash", {"command": "ls"}, **kw)
            finally:
                d.stop()
        garbage = asyncio.run(one(lambda r: struct.pack(">I", 3) + b"\xc1\xc1\xc1"))
        self.assertEqual((garbage.verdict, garbage.error), ("block", "protocol"))
        silent = asyncio.run(one(lambda r: None, hold=False))
        self.assertEqual((silent.verdict, silent.error), ("block", "timeout"))
        wrong = asyncio.run(one(lambda r: frame({"id": r["id"] + 1, "ok": True,
                                                 "verdict": "allow"})))
        self.assertEqual((wrong.verdict, wrong.error), ("block", "protocol"))
        allow = asyncio.run(one(lambda r: frame({"id": r["id"], "ok": True,
                                                 "verdict": "allow"})))
        self.assertEqual((allow.verdict, allow.error), ("allow", None))
        self.assertEqual(set(allow), set(agated.CHECK_KEYS))

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
            c = agated.Client(d.path)
            ids = [c.send("check", tool="bash", args={}) for _ in range(200)]
            self.assertEqual(c.pending_replies, 200)
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
            c = agated.Client(d.path)
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
