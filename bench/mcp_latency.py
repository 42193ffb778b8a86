#!/usr/bin/env python3
"""bench/mcp_latency.py AGATE_MCP SOCKET CALLS - the time agate-mcp adds to
a tools/call, as the MCP client sees it.

The same client loop (one tools/call at a time, each answer awaited) runs
against tests/integration/mcp_fake_server.py started directly, then behind
`agate-mcp --socket SOCKET`, which asks agated about every call. Prints
`name value` lines: round-trip percentiles in microseconds for both, and
the difference of the medians (what the proxy adds). The first 20 calls
of each run warm up and are not counted.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "tests", "integration", "mcp_fake_server.py")
WARMUP = 20


def run(cmd, calls, env):
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)

    def send(msg):
        p.stdin.write((json.dumps(msg) + "\n").encode())
        p.stdin.flush()

    def rpc(msg):
        send(msg)
        return json.loads(p.stdout.readline())

    rpc({"jsonrpc": "2.0", "id": 0, "method": "initialize",
         "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                    "clientInfo": {"name": "bench", "version": "1"}}})
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    rpc({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    times = []
    for i in range(WARMUP + calls):
        msg = {"jsonrpc": "2.0", "id": 2 + i, "method": "tools/call",
               "params": {"name": "hello", "arguments": {"who": "bench"}}}
        t0 = time.perf_counter_ns()
        r = rpc(msg)
        t = time.perf_counter_ns() - t0
        res = r.get("result", {})
        if res.get("isError") or res.get("content", [{}])[0].get("text") != "ran hello":
            sys.exit("bench: the call was not allowed: %s" % json.dumps(r))
        if i >= WARMUP:
            times.append(t / 1000.0)
    p.stdin.close()
    p.wait()
    return sorted(times)


def pct(v, q):
    return v[min(len(v) - 1, max(0, int(len(v) * q + 0.5) - 1))]


def main():
    agate_mcp, sock, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with tempfile.TemporaryDirectory() as tmp:
        tools = os.path.join(tmp, "tools.json")
        with open(tools, "w") as f:
            json.dump([{"name": "hello", "description": "Says hello.",
                        "inputSchema": {"type": "object"}}], f)
        env = dict(os.environ, FAKE_MCP_TOOLS=tools,
                   FAKE_MCP_RECORD=os.path.join(tmp, "record"))
        server = [sys.executable, SERVER]
        direct = run(server, calls, env)
        proxied = run([agate_mcp, "--socket", sock, "--"] + server, calls, env)
    print("mcp_direct_us_p50 %.0f" % pct(direct, 0.5))
    print("mcp_proxy_us_p50 %.0f" % pct(proxied, 0.5))
    print("mcp_proxy_us_p99 %.0f" % pct(proxied, 0.99))
    print("mcp_added_us_p50 %.0f" % (pct(proxied, 0.5) - pct(direct, 0.5)))
    print("mcp_calls %d" % calls)


if __name__ == "__main__":
    main()
