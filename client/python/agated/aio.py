"""AsyncClient: the same API as Client, for asyncio programs.

agated answers the requests of one connection in order, so a check held
for review would hold back every request behind it. AsyncClient therefore
keeps one request per connection at a time: a request takes an idle
connection or opens a new one (at most max_connections at once; the
others wait their turn), and gives it back when its reply has come.
"""

import asyncio

from . import _guard
from ._proto import (AdminOps, AgateError, DEFAULT_CONNECT_TIMEOUT,
                     DEFAULT_REPLY_TIMEOUT, FRAME_MAX_DEFAULT, FROM_DAEMON,
                     blocked, check_fields, decode, encode, frame_length,
                     refused, resolve_socket, review_timeout_of, verdict_of)

_UNSET = object()


class _Conn:
    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer
        self.next_id = 1
        self.used = False
        self.review_timeout = None

    def close(self):
        try:
            self.writer.close()
        except Exception:  # already closed by the peer
            pass


class AsyncClient(AdminOps):
    """Client's API with coroutines: await gate.check(...), await
    gate.pending(), ... The options are Client's, plus max_connections.
    Safe to share between the tasks of one event loop."""

    def __init__(self, socket_path=None, timeout=_UNSET, *,
                 connect_timeout=DEFAULT_CONNECT_TIMEOUT,
                 reply_timeout=DEFAULT_REPLY_TIMEOUT, hold_timeout=FROM_DAEMON,
                 agent=None, session=None, max_frame=FRAME_MAX_DEFAULT,
                 max_connections=16):
        self.path = resolve_socket(socket_path)
        if timeout is not _UNSET:
            connect_timeout = reply_timeout = timeout
        self.connect_timeout = connect_timeout
        self.reply_timeout = reply_timeout
        self.hold_timeout = hold_timeout
        self.agent = agent
        self.session = session
        self.max_frame = max_frame
        self.max_connections = max_connections
        self._idle = []
        self._slots = None  # a Semaphore, made inside the running loop

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()
        return False

    async def close(self):
        """Close the idle connections (those in use close when done)."""
        idle, self._idle = self._idle, []
        for c in idle:
            c.close()
            try:
                await c.writer.wait_closed()
            except Exception:
                pass

    async def _open(self):
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_unix_connection(self.path, limit=self.max_frame + 4),
                self.connect_timeout)
        except asyncio.TimeoutError:
            raise AgateError("timeout", "connecting to %s: timed out" % self.path)
        except OSError as e:
            raise AgateError("unreachable", "cannot connect to %s: %s"
                             % (self.path, e.strerror or e))
        return _Conn(reader, writer)

    async def _read_reply(self, conn, expect_id):
        try:
            header = await conn.reader.readexactly(4)
        except asyncio.IncompleteReadError as e:
            err = AgateError("unreachable", "connection closed by the daemon")
            err.clean_eof = not e.partial  # nothing of a reply came
            raise err
        n = frame_length(header, self.max_frame)
        try:
            payload = await conn.reader.readexactly(n)
        except asyncio.IncompleteReadError:
            raise AgateError("unreachable", "connection closed by the daemon")
        return decode(payload, expect_id)

    async def _exchange(self, conn, op, fields, wait):
        req_id = conn.next_id
        frame = encode(req_id, op, fields)
        conn.next_id += 1
        try:
            conn.writer.write(frame)
            await asyncio.wait_for(conn.writer.drain(), self.reply_timeout)
            return await asyncio.wait_for(self._read_reply(conn, req_id), wait)
        except asyncio.TimeoutError:
            raise AgateError("timeout", "waiting for %s: timed out" % self.path)
        except (OSError, RuntimeError) as e:
            raise AgateError("unreachable", "talking to %s: %s" % (self.path, e))

    async def _request(self, op, fields, wait, conn_hook=None):
        """One request on a connection of its own; the reply map (ok or
        not). A reused connection found closed is retried once."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_connections)
        async with self._slots:
            for attempt in (0, 1):
                conn = self._idle.pop() if self._idle else await self._open()
                reused = conn.used
                try:
                    if conn_hook is not None:
                        wait = await conn_hook(conn)
                    reply = await self._exchange(conn, op, fields, wait)
                except AgateError as e:
                    conn.close()
                    clean = getattr(e, "clean_eof", False)
                    if attempt == 0 and reused and e.code == "unreachable" and clean:
                        continue
                    raise
                except BaseException:  # cancelled: the connection's state is unknown
                    conn.close()
                    raise
                conn.used = True
                self._idle.append(conn)
                return reply
        raise AgateError("unreachable", "connection lost")  # not reached

    async def call(self, op, _wait=_UNSET, **fields):
        """Send one request and return its reply when ok is true; raise
        AgateError otherwise."""
        reply = await self._request(op, fields,
                                    self.reply_timeout if _wait is _UNSET else _wait)
        if not reply["ok"]:
            raise refused(reply)
        return reply

    async def _hold_wait(self, conn):
        if self.hold_timeout is not FROM_DAEMON:
            return self.hold_timeout
        if conn.review_timeout is None:
            ping = await self._exchange(conn, "ping", {}, self.reply_timeout)
            if not ping["ok"]:
                raise refused(ping)
            conn.review_timeout = review_timeout_of(ping)
        if self.reply_timeout is None:
            return None
        return conn.review_timeout + self.reply_timeout

    async def check(self, tool, args=None, agent=None, session=None, text=None,
                    context=None, explain=False, hold=True):
        """Client.check as a coroutine: never raises for a transport or
        daemon failure, every key of CHECK_KEYS in the result."""
        try:
            fields = check_fields(tool, args, self.agent if agent is None else agent,
                                  self.session if session is None else session,
                                  text, context, explain, hold)
            reply = await self._request("check", fields, self.reply_timeout,
                                        self._hold_wait if hold else None)
        except AgateError as e:
            return blocked(e.code, e.message, e.reply)
        except asyncio.CancelledError:
            raise
        except Exception as e:  # fail closed on anything unexpected
            return blocked("internal", "agated client error: %s" % e)
        if not reply["ok"]:
            e = refused(reply)
            return blocked(e.code, e.message, reply)
        return verdict_of(reply)

    def guard(self, tool, fn=None, **options):
        """Client.guard for asyncio: the guarded callable becomes a
        coroutine function that awaits the check, then calls fn (awaiting
        its result when fn is a coroutine function), or raises
        agated.Blocked."""
        return _guard.make_async_guard(self, tool, fn, options)
