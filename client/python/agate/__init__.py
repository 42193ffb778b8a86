"""agate: Python client of agated, the pre-execution gate for AI agents.

Before an agent runs a tool call it asks the daemon whether it may::

    import agate

    gate = agate.Client()                      # $AGATE_SOCKET or the default path
    v = gate.check("bash", {"command": "rm -rf /"}, agent="code-agent",
                   session="s1")
    if not v["allowed"]:
        refuse(v["reason"])

check() FAILS CLOSED: it never raises for a transport problem and never
answers allow unless the daemon answered allow in a well-formed reply.
When the daemon cannot be reached, times out, or sends something
malformed, the verdict is "block" with "error" set to "unreachable",
"timeout" or "protocol" (or the daemon's own code, such as "overloaded",
when it refused the request).

The wire protocol (docs/protocol.md): each frame is a 4-byte big-endian
length followed by one msgpack map; requests carry "v" (1), "id" and "op";
replies carry "id" and "ok" and come back in request order.

A Client is not thread-safe: use one per thread.
"""

import os
import socket
import struct

try:  # Debian: python3-msgpack
    import msgpack
except ImportError:  # pragma: no cover - exercised by the fail-closed path
    msgpack = None

__all__ = ["Client", "AgateError", "PROTOCOL_VERSION", "default_socket",
           "EXIT_ALLOW", "EXIT_BLOCK", "EXIT_REVIEW", "EXIT_ERROR"]
__version__ = "0.1.0"

PROTOCOL_VERSION = 1
FRAME_MAX_DEFAULT = 1024 * 1024
DEFAULT_SOCKET = "/run/agate/agated.sock"
DEFAULT_TIMEOUT = 5.0

EXIT_ALLOW, EXIT_BLOCK, EXIT_REVIEW, EXIT_ERROR = 0, 1, 2, 3

_VERDICTS = ("allow", "block", "review")


class AgateError(Exception):
    """A request that got no usable reply.

    code is "unreachable", "timeout", "protocol", "internal", or the
    daemon's error code when it answered ok: false (then reply holds the
    daemon's reply map).
    """

    def __init__(self, code, message, reply=None):
        super().__init__("%s: %s" % (code, message))
        self.code = code
        self.message = message
        self.reply = reply


def default_socket():
    """$AGATE_SOCKET, else ./agate-run/agated.sock if it exists, else
    /run/agate/agated.sock (the same order as agatectl and libagate)."""
    env = os.environ.get("AGATE_SOCKET")
    if env:
        return env
    if os.path.exists("./agate-run/agated.sock"):
        return "./agate-run/agated.sock"
    return DEFAULT_SOCKET


def _blocked(code, message, reply=None):
    return {
        "verdict": "block",
        "allowed": False,
        "enforcement": "block",
        "rule": None,
        "reason": message,
        "advice": None,
        "audit_id": None,
        "eval_ns": None,
        "scores": {},
        "error": code,
        "message": message,
        "reply": reply,
    }


class Client:
    """A connection to agated over its Unix socket, made on demand.

    timeout (seconds) bounds each connect, send and receive; None waits
    forever. max_frame bounds the size of a reply accepted.
    """

    def __init__(self, socket_path=None, timeout=DEFAULT_TIMEOUT,
                 max_frame=FRAME_MAX_DEFAULT):
        self.path = socket_path or default_socket()
        self.timeout = timeout
        self.max_frame = max_frame
        self._sock = None
        self._rbuf = bytearray()
        self._next_id = 1
        self._expect_id = 1
        self._clean_eof = False

    # -- connection -------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def connect(self):
        """Connect now (requests otherwise connect on demand)."""
        if self._sock is not None:
            return
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        try:
            s.connect(self.path)
        except socket.timeout:
            s.close()
            raise AgateError("timeout", "connecting to %s: timed out" % self.path)
        except OSError as e:
            s.close()
            raise AgateError("unreachable", "cannot connect to %s: %s"
                             % (self.path, e.strerror or e))
        self._sock = s
        self._rbuf = bytearray()
        self._expect_id = self._next_id

    def close(self):
        """Close the connection; pipelined requests still waiting are lost."""
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None
        self._rbuf = bytearray()
        self._expect_id = self._next_id

    @property
    def pending(self):
        """Requests sent whose replies were not received yet."""
        return self._next_id - self._expect_id if self._sock else 0

    def _fail(self, code, message):
        self.close()
        raise AgateError(code, message)

    # -- raw requests and pipelining --------------------------------------

    def send(self, op, **fields):
        """Send one request without waiting; returns its id. Replies come
        back in request order through recv()."""
        if msgpack is None:
            raise AgateError("internal", "the msgpack module is missing "
                             "(Debian: apt install python3-msgpack)")
        self.connect()
        req_id = self._next_id
        body = {"v": PROTOCOL_VERSION, "id": req_id, "op": op}
        for k, v in fields.items():
            if k not in ("v", "id") and v is not None:
                body[k] = v
        try:
            payload = msgpack.packb(body, use_bin_type=True)
        except (TypeError, ValueError, OverflowError) as e:
            raise AgateError("internal", "cannot encode the request: %s" % e)
        try:
            self._sock.sendall(struct.pack(">I", len(payload)) + payload)
        except socket.timeout:
            self._fail("timeout", "sending to %s: timed out" % self.path)
        except OSError as e:
            self._fail("unreachable", "sending to %s: %s"
                       % (self.path, e.strerror or e))
        self._next_id += 1
        return req_id

    def _read_exact(self, n):
        while len(self._rbuf) < n:
            try:
                chunk = self._sock.recv(max(65536, n - len(self._rbuf)))
            except socket.timeout:
                self._fail("timeout", "waiting for %s: timed out" % self.path)
            except OSError as e:
                self._fail("unreachable", "reading from %s: %s"
                           % (self.path, e.strerror or e))
            if not chunk:
                self._clean_eof = not self._rbuf
                self._fail("unreachable", "connection closed by the daemon")
            self._rbuf += chunk
        data = bytes(self._rbuf[:n])
        del self._rbuf[:n]
        return data

    def recv(self):
        """The reply (a dict) to the oldest request still waiting, whatever
        its "ok". Raises AgateError for a transport or protocol failure."""
        if self._sock is None or self._next_id == self._expect_id:
            raise AgateError("internal", "no request is waiting for a reply")
        self._clean_eof = False
        (n,) = struct.unpack(">I", self._read_exact(4))
        if n > self.max_frame:
            self._fail("protocol", "reply of %d bytes is larger than %d"
                       % (n, self.max_frame))
        payload = self._read_exact(n)
        try:
            reply = msgpack.unpackb(payload, raw=False, strict_map_key=True)
        except Exception as e:  # msgpack raises several unrelated types
            self._fail("protocol", "malformed reply: %s" % e)
        if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
            self._fail("protocol", "malformed reply: not a map with a boolean ok")
        rid = reply.get("id")
        id_ok = isinstance(rid, int) and not isinstance(rid, bool) \
            and rid == self._expect_id
        if not id_ok and not (rid in (None, 0) and not reply["ok"]):
            self._fail("protocol", "reply out of order (expected id %d)"
                       % self._expect_id)
        self._expect_id += 1
        return reply

    def call(self, op, **fields):
        """Send one request and return its reply when ok is true; raise
        AgateError otherwise (with the daemon's code and reply when it
        refused). A reused connection found closed is retried once."""
        for attempt in (0, 1):
            reused = self._sock is not None and self.pending == 0
            try:
                self.send(op, **fields)
            except AgateError as e:
                if attempt == 0 and reused and e.code == "unreachable":
                    continue
                raise
            try:
                reply = self.recv()
            except AgateError as e:
                if (attempt == 0 and reused and e.code == "unreachable"
                        and self._clean_eof):
                    continue
                raise
            if not reply["ok"]:
                err = reply.get("error")
                msg = reply.get("message")
                raise AgateError(err if isinstance(err, str) else "internal",
                                 msg if isinstance(msg, str) else "request refused",
                                 reply)
            return reply
        raise AgateError("unreachable", "connection lost")  # not reached

    # -- ops ----------------------------------------------------------------

    def check(self, tool, args=None, agent=None, session=None, text=None,
              context=None, explain=False):
        """Ask for a verdict on one proposed tool call. Never raises for a
        transport or daemon failure: those come back as a block whose
        "error" is set. The result dict has verdict ("allow", "block",
        "review"), allowed (bool), enforcement, rule, reason, advice,
        audit_id, eval_ns, scores, error, message and the raw reply."""
        try:
            if not isinstance(tool, str) or not tool:
                return _blocked("internal", "check needs a tool name")
            if args is not None and not isinstance(args, dict):
                return _blocked("internal", "args must be a dict")
            if context is not None and not isinstance(context, dict):
                return _blocked("internal", "context must be a dict")
            reply = self.call("check", tool=tool, args=args or {}, agent=agent,
                              session=session, text=text, context=context,
                              explain=True if explain else None)
        except AgateError as e:
            return _blocked(e.code, e.message, e.reply)
        except Exception as e:  # fail closed on anything unexpected
            self.close()
            return _blocked("internal", "agate client error: %s" % e)
        verdict = reply.get("verdict")
        if verdict not in _VERDICTS:
            return _blocked("protocol", "reply without a valid verdict", reply)

        def s(key):
            v = reply.get(key)
            return v if isinstance(v, str) else None

        scores = reply.get("scores")
        return {
            "verdict": verdict,
            "allowed": verdict == "allow",
            "enforcement": s("enforcement") or verdict,
            "rule": s("rule"),
            "reason": s("reason") or "",
            "advice": s("advice"),
            "trace": s("trace"),
            "audit_id": reply.get("audit_id"),
            "eval_ns": reply.get("eval_ns"),
            "scores": scores if isinstance(scores, dict) else {},
            "error": None,
            "message": None,
            "reply": reply,
        }

    def register(self, agent, purpose, session=None, tools=None, scope=None,
                 role=None):
        """Declare an agent's identity for the drift cascade. Returns the
        reply; raises AgateError when it was not accepted."""
        return self.call("register", agent=agent, purpose=purpose,
                         session=session,
                         tools=list(tools) if tools is not None else None,
                         scope=scope, role=role)

    def ping(self):
        return self.call("ping")

    def stats(self):
        return self.call("stats")
