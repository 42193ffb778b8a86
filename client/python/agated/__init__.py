"""agated: the Python client of agated, the pre-execution gate for AI agents.

Before an agent runs a tool call it asks the daemon whether it may::

    import agated

    gate = agated.Client()                     # $AGATE_SOCKET or the default path
    v = gate.check("bash", {"command": "rm -rf /"}, agent="code-agent",
                   session="s1")
    if not v["allowed"]:
        refuse(v["reason"])

or gates a function in one line, which then raises agated.Blocked
instead of running::

    @gate.guard("bash", args=lambda command: {"command": command})
    def run(command): ...

check() FAILS CLOSED: it never raises for a transport problem and never
answers allow unless the daemon answered allow in a well-formed reply.
When the daemon cannot be reached, times out, or sends something
malformed, the verdict is "block" with "error" set to "unreachable",
"timeout" or "protocol" (or the daemon's own code, such as "overloaded",
when it refused the request). Every key of CHECK_KEYS is in every result.

A check that a rule sends to review is held by the daemon until an
operator decides; by default the client waits as long as the daemon says
it holds a call (its review-timeout), and no longer.

AsyncClient has the same API for asyncio. The wire protocol is
docs/protocol.md; the guide is docs/clients.md.
"""

from ._proto import (AgateError, Blocked, CHECK_KEYS, DEFAULT_CONNECT_TIMEOUT,
                     DEFAULT_REPLY_TIMEOUT, DEFAULT_SOCKET, EXIT_ALLOW,
                     EXIT_BLOCK, EXIT_ERROR, EXIT_REVIEW, FROM_DAEMON,
                     PROTOCOL_VERSION, Verdict, default_socket)
from .client import Client
from .aio import AsyncClient

__all__ = ["Client", "AsyncClient", "AgateError", "Blocked", "Verdict",
           "CHECK_KEYS", "FROM_DAEMON", "PROTOCOL_VERSION", "default_socket",
           "DEFAULT_SOCKET", "DEFAULT_CONNECT_TIMEOUT", "DEFAULT_REPLY_TIMEOUT",
           "EXIT_ALLOW", "EXIT_BLOCK", "EXIT_REVIEW", "EXIT_ERROR"]
__version__ = "0.2.0"
