"""What the synchronous and the asyncio client share: wire constants, the
default socket, errors, encoding a request, checking a reply, and the
shape of a check's result (every documented key, every time)."""

import os
import struct

try:  # Debian: python3-msgpack
    import msgpack
except ImportError:  # pragma: no cover - exercised by the fail-closed path
    msgpack = None

PROTOCOL_VERSION = 1
FRAME_MAX_DEFAULT = 1024 * 1024
DEFAULT_SOCKET = "/run/agate/agated.sock"
DEV_SOCKET = "agate-run/agated.sock"  # what `agate-dev run` creates

# Seconds. Connecting to a live daemon's Unix socket takes microseconds;
# a reply the daemon gives at once (every op but a held check) comes in
# milliseconds even under load. Both bounds exist to turn a stuck daemon
# into a block.
DEFAULT_CONNECT_TIMEOUT = 2.0
DEFAULT_REPLY_TIMEOUT = 5.0
# agated's own default review-timeout, used only when a daemon's ping does
# not say its own (a daemon older than `review_timeout_s` in ping).
DAEMON_REVIEW_TIMEOUT_DEFAULT = 300

EXIT_ALLOW, EXIT_BLOCK, EXIT_REVIEW, EXIT_ERROR = 0, 1, 2, 3

VERDICTS = ("allow", "block", "review")


class _FromDaemon:
    """The hold_timeout default: as long as the daemon holds a call."""

    def __repr__(self):
        return "agated.FROM_DAEMON"


FROM_DAEMON = _FromDaemon()


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


class Verdict(dict):
    """A check's result: a dict whose keys can also be read as attributes
    (v["reason"] or v.reason). Every key of CHECK_KEYS is present."""

    __slots__ = ()

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


class Blocked(Exception):
    """Raised by a guarded callable that the gate did not allow: the
    callable did not run. verdict ("block", or "review" for an unheld
    review), reason, rule, audit_id and error (None for the daemon's own
    decision, else "unreachable", "timeout", "protocol", ...) come from
    the check; result is the whole Verdict."""

    def __init__(self, result):
        self.result = result
        self.verdict = result["verdict"]
        self.reason = result["reason"]
        self.rule = result["rule"]
        self.audit_id = result["audit_id"]
        self.error = result["error"]
        what = self.error or self.verdict
        super().__init__("%s by agated%s: %s" % (
            "blocked" if self.verdict != "review" else "held for review",
            " (%s)" % what if self.error else
            (" (rule %s)" % self.rule if self.rule else ""), self.reason))


# Keys of a check's result. The documented reply keys (docs/protocol.md),
# then allowed, error, message and the raw reply.
CHECK_KEYS = ("verdict", "allowed", "enforcement", "rule", "reason", "advice",
              "trace", "shadow", "audit_id", "approval_id", "decision_audit_id",
              "decided_by", "eval_ns", "generation", "scores", "error",
              "message", "reply")


def default_socket():
    """The socket to use when none is given, as an absolute path:
    $AGATE_SOCKET, else ./agate-run/agated.sock if it exists, else
    /run/agate/agated.sock (the order agatectl and libagate follow). A
    relative answer is made absolute now, so that a later os.chdir does
    not change which daemon is asked."""
    env = os.environ.get("AGATE_SOCKET")
    if env:
        return os.path.abspath(env)
    if os.path.exists(DEV_SOCKET):
        return os.path.abspath(DEV_SOCKET)
    return DEFAULT_SOCKET


def resolve_socket(path):
    """path made absolute once, or the default socket when path is None."""
    return os.path.abspath(path) if path else default_socket()


def _msgpack_default(obj):
    if isinstance(obj, (set, frozenset)):
        return sorted(obj, key=repr)
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    raise TypeError("cannot send a %s to agated" % type(obj).__name__)


def encode(req_id, op, fields):
    """One request frame. Fields set to None are not sent."""
    if msgpack is None:
        raise AgateError("internal", "the msgpack module is missing "
                         "(Debian: apt install python3-msgpack)")
    body = {"v": PROTOCOL_VERSION, "id": req_id, "op": op}
    for k, v in fields.items():
        if k not in ("v", "id") and v is not None:
            body[k] = v
    try:
        payload = msgpack.packb(body, use_bin_type=True, default=_msgpack_default)
    except (TypeError, ValueError, OverflowError) as e:
        raise AgateError("internal", "cannot encode the request: %s" % e)
    return struct.pack(">I", len(payload)) + payload


def frame_length(header, max_frame):
    (n,) = struct.unpack(">I", header)
    if n > max_frame:
        raise AgateError("protocol", "reply of %d bytes is larger than %d"
                         % (n, max_frame))
    return n


def decode(payload, expect_id):
    """The reply map of one frame, checked: a map, a boolean ok, and the
    expected id (a refusal without an id is accepted: the daemon sends one
    when it could not read the request's)."""
    try:
        reply = msgpack.unpackb(payload, raw=False, strict_map_key=True)
    except Exception as e:  # msgpack raises several unrelated types
        raise AgateError("protocol", "malformed reply: %s" % e)
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise AgateError("protocol", "malformed reply: not a map with a boolean ok")
    rid = reply.get("id")
    id_ok = isinstance(rid, int) and not isinstance(rid, bool) and rid == expect_id
    if not id_ok and not (rid in (None, 0) and not reply["ok"]):
        raise AgateError("protocol", "reply out of order (expected id %d)" % expect_id)
    return reply


def refused(reply):
    """The AgateError for a reply that says ok: false."""
    err = reply.get("error")
    msg = reply.get("message")
    return AgateError(err if isinstance(err, str) else "internal",
                      msg if isinstance(msg, str) else "request refused", reply)


def _uint(reply, key):
    v = None if reply is None else reply.get(key)
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _str(reply, key):
    v = None if reply is None else reply.get(key)
    return v if isinstance(v, str) else None


def blocked(code, message, reply=None):
    """The fail-closed result: a block carrying error and message, with
    every key present (the audit id too, when the daemon refused the
    request and still recorded it)."""
    return Verdict(
        verdict="block", allowed=False, enforcement="block", rule=None,
        reason=message, advice=None, trace=None, shadow=None,
        audit_id=_uint(reply, "audit_id"), approval_id=None,
        decision_audit_id=None, decided_by=None, eval_ns=None,
        generation=_uint(reply, "generation"), scores={}, error=code,
        message=message, reply=reply)


def verdict_of(reply):
    """The result of a check answered ok: true, or a protocol block when
    the reply has no valid verdict."""
    verdict = reply.get("verdict")
    if verdict not in VERDICTS:
        return blocked("protocol", "reply without a valid verdict", reply)
    scores = reply.get("scores")
    decided_by = reply.get("decided_by")
    return Verdict(
        verdict=verdict, allowed=verdict == "allow",
        enforcement=_str(reply, "enforcement") or verdict,
        rule=_str(reply, "rule"), reason=_str(reply, "reason") or "",
        advice=_str(reply, "advice"), trace=_str(reply, "trace"),
        shadow=_str(reply, "shadow"), audit_id=_uint(reply, "audit_id"),
        approval_id=_uint(reply, "approval_id"),
        decision_audit_id=_uint(reply, "decision_audit_id"),
        decided_by=decided_by if isinstance(decided_by, int)
        and not isinstance(decided_by, bool) else None,
        eval_ns=_uint(reply, "eval_ns"), generation=_uint(reply, "generation"),
        scores=scores if isinstance(scores, dict) else {},
        error=None, message=None, reply=reply)


def check_fields(tool, args, agent, session, text, context, explain, hold):
    """The request fields of a check, or raise AgateError("internal") for
    arguments that cannot make one (the caller turns it into a block)."""
    if not isinstance(tool, str) or not tool:
        raise AgateError("internal", "check needs a tool name")
    if args is not None and not isinstance(args, dict):
        raise AgateError("internal", "args must be a dict")
    if context is not None and not isinstance(context, dict):
        raise AgateError("internal", "context must be a dict")
    return {"tool": tool, "args": args or {}, "agent": agent, "session": session,
            "text": text, "context": context,
            "explain": True if explain else None,
            "hold": None if hold else False}


def review_timeout_of(ping_reply):
    """The daemon's review-timeout from its ping reply, in seconds."""
    v = _uint(ping_reply, "review_timeout_s")
    return v if v is not None else DAEMON_REVIEW_TIMEOUT_DEFAULT


class AdminOps:
    """The ops besides check, written once for both clients: each returns
    self.call(...), a reply for Client and an awaitable for AsyncClient.
    Each raises AgateError (awaited, for AsyncClient) when the request is
    refused ("forbidden" for a uid that is not an admin, "not_found",
    "reload_failed", ...) or gets no usable reply."""

    def register(self, agent, purpose, session=None, tools=None, scope=None,
                 role=None):
        """Declare an agent's identity for the drift cascade."""
        return self.call("register", agent=agent, purpose=purpose,
                         session=session,
                         tools=list(tools) if tools is not None else None,
                         scope=scope, role=role)

    def ping(self):
        """v, generation, time_ms, started_ms, review_timeout_s."""
        return self.call("ping")

    def stats(self, format=None):
        """The daemon's figures; format="prometheus" for the text form."""
        return self.call("stats", format=format)

    # -- admin ops (uid 0, the daemon's uid, or --admin-uid) --------------

    def pending(self):
        """The held and unheld reviews: reply["pending"], oldest first,
        each with audit_id, held, agent, session, tool, rule, reason, age,
        timeout_in, uid and pid."""
        return self.call("pending")

    def approve(self, audit_id, reason=None):
        """Allow a held call (or grant an unheld review's call once)."""
        return self.call("approve", audit_id=audit_id, reason=reason)

    def deny(self, audit_id, reason=None):
        """Block a held call (or close an unheld review)."""
        return self.call("deny", audit_id=audit_id, reason=reason)

    def reload(self, force=False):
        """Compile the rule files again and swap them in; a failure raises
        AgateError("reload_failed") whose reply lists every error."""
        return self.call("reload", force=True if force else None)

    def resume(self, agent, session):
        """Lift a stop on one session."""
        return self.call("resume", agent=agent, session=session)

    def sessions(self, limit=None):
        return self.call("sessions", limit=limit)
