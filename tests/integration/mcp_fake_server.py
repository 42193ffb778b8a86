#!/usr/bin/env python3
"""A tiny MCP server on stdio for agate-mcp's tests (mcp_test.c).

It answers initialize, tools/list (the tools in the JSON file named by
FAKE_MCP_TOOLS, read at each listing so a test can change them) and
tools/call, and appends one line per message it receives to the file
named by FAKE_MCP_RECORD: {"id":..,"method":..,"name":..} (name: the
called tool), keys sorted, no spaces. That file is the proof of what
reached the server.

Test methods: test/echo answers {"raw": the line as received};
test/notify sends a notifications/message first. Tools with special
behaviour: "exit" exits with arguments.code; "big" answers with a text of
arguments.size bytes. At end of input it exits with FAKE_MCP_EXIT (0).
"""
import json
import os
import sys


def send(msg):
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def record(msg):
    params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
    entry = {"id": msg.get("id"), "method": msg.get("method"), "name": params.get("name")}
    with open(os.environ["FAKE_MCP_RECORD"], "a") as f:
        f.write(json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n")


def answer(msg, line):
    method, mid = msg.get("method"), msg.get("id")
    params = msg.get("params") or {}
    if method == "initialize":
        return {"protocolVersion": params.get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {"listChanged": True}},
                "serverInfo": {"name": "fake-server", "version": "1.0"}}
    if method == "tools/list":
        with open(os.environ["FAKE_MCP_TOOLS"]) as f:
            return {"tools": json.load(f)}
    if method == "tools/call":
        name, args = params.get("name"), params.get("arguments") or {}
        if name == "exit":
            sys.exit(int(args.get("code", 0)))
        if name == "big":
            return {"content": [{"type": "text", "text": "x" * int(args.get("size", 0))}]}
        return {"content": [{"type": "text", "text": "ran " + str(name)}]}
    if method == "test/echo":
        return {"raw": line.rstrip("\n")}
    if method == "test/notify":
        send({"jsonrpc": "2.0", "method": "notifications/message",
              "params": {"level": "info", "data": "hello from the server"}})
        return {}
    if mid is not None:
        return None
    return "notification"


def main():
    for line in sys.stdin:
        try:
            msg = json.loads(line)
        except ValueError:
            send({"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "parse error"}})
            continue
        record(msg)
        if "method" not in msg:
            continue  # an answer to a request of ours: none are sent
        result = answer(msg, line)
        if result == "notification":
            continue
        if result is None:
            send({"jsonrpc": "2.0", "id": msg["id"],
                  "error": {"code": -32601, "message": "method not found"}})
        else:
            send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
    sys.exit(int(os.environ.get("FAKE_MCP_EXIT", "0")))


if __name__ == "__main__":
    main()
