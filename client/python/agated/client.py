"""Client: one connection to agated, for one thread."""

import socket
import time

from . import _guard
from ._proto import (AdminOps, AgateError, DEFAULT_CONNECT_TIMEOUT,
                     DEFAULT_REPLY_TIMEOUT, FRAME_MAX_DEFAULT, FROM_DAEMON,
                     blocked, check_fields, decode, encode, frame_length,
                     refused, resolve_socket, review_timeout_of, verdict_of)

_UNSET = object()


class Client(AdminOps):
    """A connection to agated over its Unix socket, made on demand.

    socket_path: made absolute once, here; None takes default_socket().
    connect_timeout (seconds) bounds connecting. reply_timeout bounds the
    wait for a reply the daemon gives at once: every op, and a check that
    is not held. hold_timeout bounds the wait for a check that a rule may
    send to review, which the daemon holds until an operator decides:
    FROM_DAEMON (the default) waits the daemon's own review-timeout (asked
    with a ping on each new connection) plus reply_timeout, so that the
    daemon's own decision, or its timeout block, is what the caller gets;
    None waits forever; a number is that many seconds.
    timeout, when given, sets connect_timeout and reply_timeout together
    (the single knob of the first client).
    agent and session: used by check() and guard() when they are not given.
    max_frame bounds the size of a reply accepted.

    A Client is not thread-safe: use one per thread.
    """

    def __init__(self, socket_path=None, timeout=_UNSET, *,
                 connect_timeout=DEFAULT_CONNECT_TIMEOUT,
                 reply_timeout=DEFAULT_REPLY_TIMEOUT, hold_timeout=FROM_DAEMON,
                 agent=None, session=None, max_frame=FRAME_MAX_DEFAULT):
        self.path = resolve_socket(socket_path)
        if timeout is not _UNSET:
            connect_timeout = reply_timeout = timeout
        self.connect_timeout = connect_timeout
        self.reply_timeout = reply_timeout
        self.hold_timeout = hold_timeout
        self.agent = agent
        self.session = session
        self.max_frame = max_frame
        self._sock = None
        self._rbuf = bytearray()
        self._next_id = 1
        self._expect_id = 1
        self._clean_eof = False
        self._review_timeout = None  # the daemon's, learnt per connection

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
        s.settimeout(self.connect_timeout)
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
        self._review_timeout = None

    @property
    def pending_replies(self):
        """Requests sent whose replies were not received yet."""
        return self._next_id - self._expect_id if self._sock else 0

    def _fail(self, code, message):
        self.close()
        raise AgateError(code, message)

    # -- raw requests and pipelining --------------------------------------

    def send(self, op, **fields):
        """Send one request without waiting; returns its id. Replies come
        back in request order through recv()."""
        frame = encode(self._next_id, op, fields)
        self.connect()
        req_id = self._next_id
        try:
            self._sock.settimeout(self.reply_timeout)
            self._sock.sendall(frame)
        except socket.timeout:
            self._fail("timeout", "sending to %s: timed out" % self.path)
        except OSError as e:
            self._fail("unreachable", "sending to %s: %s"
                       % (self.path, e.strerror or e))
        self._next_id += 1
        return req_id

    def _read_exact(self, n, deadline):
        while len(self._rbuf) < n:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                self._fail("timeout", "waiting for %s: timed out" % self.path)
            try:
                self._sock.settimeout(left)
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

    def recv(self, timeout=_UNSET):
        """The reply (a dict) to the oldest request still waiting, whatever
        its "ok", within timeout seconds (default reply_timeout; None waits
        forever). Raises AgateError for a transport or protocol failure."""
        if self._sock is None or self._next_id == self._expect_id:
            raise AgateError("internal", "no request is waiting for a reply")
        if timeout is _UNSET:
            timeout = self.reply_timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        self._clean_eof = False
        try:
            n = frame_length(self._read_exact(4, deadline), self.max_frame)
            reply = decode(self._read_exact(n, deadline), self._expect_id)
        except AgateError as e:
            if self._sock is not None:
                self.close()
            raise e
        self._expect_id += 1
        return reply

    def call(self, op, _wait=_UNSET, **fields):
        """Send one request and return its reply when ok is true; raise
        AgateError otherwise (with the daemon's code and reply when it
        refused). A reused connection found closed is retried once."""
        for attempt in (0, 1):
            reused = self._sock is not None and self.pending_replies == 0
            try:
                self.send(op, **fields)
            except AgateError as e:
                if attempt == 0 and reused and e.code == "unreachable":
                    continue
                raise
            try:
                reply = self.recv(_wait)
            except AgateError as e:
                # closed before any byte of the reply: the daemon closed an
                # idle connection (or restarted); ask again on a new one
                if (attempt == 0 and reused and e.code == "unreachable"
                        and self._clean_eof):
                    continue
                raise
            if not reply["ok"]:
                raise refused(reply)
            return reply
        raise AgateError("unreachable", "connection lost")  # not reached

    # -- check ------------------------------------------------------------

    def hold_wait(self):
        """Seconds a check that may be held waits for its reply (None:
        forever). With FROM_DAEMON this asks the daemon on a new
        connection; raises AgateError when it cannot be asked."""
        if self.hold_timeout is not FROM_DAEMON:
            return self.hold_timeout
        if self._review_timeout is None or self._sock is None:
            self._review_timeout = review_timeout_of(self.call("ping"))
        if self.reply_timeout is None:
            return None
        return self._review_timeout + self.reply_timeout

    def check(self, tool, args=None, agent=None, session=None, text=None,
              context=None, explain=False, hold=True):
        """Ask for a verdict on one proposed tool call. Never raises for a
        transport or daemon failure: those come back as a block whose
        "error" is set. The result (a Verdict: a dict whose keys are also
        attributes) always has every key of CHECK_KEYS: verdict ("allow",
        "block"; "review" only with hold=False), allowed (bool),
        enforcement, rule, reason, advice, trace, shadow, audit_id,
        approval_id, decision_audit_id, decided_by, eval_ns, generation,
        scores, error, message and the raw reply (None when there was
        none)."""
        try:
            fields = check_fields(tool, args, self.agent if agent is None else agent,
                                  self.session if session is None else session,
                                  text, context, explain, hold)
            wait = self.hold_wait() if hold else self.reply_timeout
            reply = self.call("check", _wait=wait, **fields)
        except AgateError as e:
            return blocked(e.code, e.message, e.reply)
        except Exception as e:  # fail closed on anything unexpected
            self.close()
            return blocked("internal", "agated client error: %s" % e)
        return verdict_of(reply)

    def guard(self, tool, fn=None, **options):
        """Gate a callable: it runs only when agated allows the call, and
        raises agated.Blocked (verdict, reason, rule, audit_id, error)
        otherwise, failing closed like check().

            @gate.guard("bash", args=lambda command: {"command": command})
            def run(command): ...

            fetch = gate.guard("http_get", requests.get)   # wrapper form

        options: args (a callable taking the same arguments as fn and
        returning the args map, or a map; default: fn's arguments by the
        names in its signature), text and context (values or callables
        like args), agent, session, explain."""
        return _guard.make_sync_guard(self, tool, fn, options)
