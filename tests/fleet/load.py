#!/usr/bin/python3
"""load.py - send N checks to one agated over its socket, pipelined, as an
agent on one host would, and print how many were answered.

    load.py SOCKET N [AGENT]

Speaks wire protocol v1 (schema/protocol.h) directly: a 4-byte big-endian
length, then one msgpack map. Keeps up to DEPTH requests in flight. Exit
status 0 when every request got a reply with a verdict, else 1.
"""
import socket
import struct
import sys

import msgpack

DEPTH = 64
TOOLS = [
    ("shell", {"command": "ls -l /tmp/work%d"}),
    ("shell", {"command": "rm -rf /var/lib/data%d"}),
    ("read_file", {"path": "/home/agent/notes%d.txt"}),
    ("http_request", {"url": "https://example.com/api/%d", "method": "GET"}),
]


def request(i, agent):
    tool, args = TOOLS[i % len(TOOLS)]
    args = {k: (v % i if "%d" in v else v) for k, v in args.items()}
    return {"v": 1, "id": i, "op": "check", "agent": agent,
            "session": "%s-s%d" % (agent, i % 8), "tool": tool, "args": args}


def read_exact(s, n):
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError("agated closed the connection")
        buf += chunk
    return buf


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    agent = sys.argv[3] if len(sys.argv) > 3 else "fleet-agent"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    sent = answered = 0
    verdicts = {}
    while answered < n:
        while sent < n and sent - answered < DEPTH:
            body = msgpack.packb(request(sent + 1, agent))
            s.sendall(struct.pack(">I", len(body)) + body)
            sent += 1
        (length,) = struct.unpack(">I", read_exact(s, 4))
        reply = msgpack.unpackb(read_exact(s, length), raw=False)
        answered += 1
        v = reply.get("verdict") if reply.get("ok") else "error:" + str(reply.get("error"))
        verdicts[v] = verdicts.get(v, 0) + 1
    s.close()
    print("answered %d: %s" % (answered, " ".join("%s=%d" % kv for kv in sorted(verdicts.items()))))
    return 0 if all(not k.startswith("error") for k in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
