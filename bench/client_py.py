#!/usr/bin/python3
"""bench/client_py.py SOCKET CHECKS - what the Python client (agated)
costs per check, as an agent pays it.

One Client, one check at a time, each through a guarded function (the
way docs/clients.md shows a tool being gated), the same request as
bench_client.c sends. Prints `name value` lines:
  client_py_us_per_check      mean round trip as the caller sees it
  client_py_us_p50, _p99      its percentiles
  client_py_cpu_us_per_check  this process's own CPU time per check: what
                              the client adds (encoding, decoding, the
                              result dict, the guard)
  client_py_checks, client_py_errors
Run with Debian's /usr/bin/python3 (python3-msgpack).
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "client", "python"))
import agated  # noqa: E402

WARMUP = 500


def main():
    sock, checks = sys.argv[1], int(sys.argv[2])
    gate = agated.Client(sock, agent="bench-agent", session="bench")

    @gate.guard("bash", args=lambda command: {
        "command": command, "timeout_s": 30, "env": {"PATH": "/usr/bin:/bin"}})
    def bash(command):
        return command

    for i in range(WARMUP):
        bash("ls -la /tmp/bench-%d" % (i % 64))
    times = []
    errors = 0
    cpu0, t0 = time.process_time_ns(), time.perf_counter_ns()
    for i in range(checks):
        t = time.perf_counter_ns()
        try:
            bash("ls -la /tmp/bench-%d" % (i % 64))
        except agated.Blocked:
            errors += 1
        times.append(time.perf_counter_ns() - t)
    wall, cpu = time.perf_counter_ns() - t0, time.process_time_ns() - cpu0
    times.sort()

    def pct(q):
        return times[min(len(times) - 1, max(0, int(len(times) * q + 0.5) - 1))] / 1000.0

    print("client_py_us_per_check %.1f" % (wall / checks / 1000.0))
    print("client_py_us_p50 %.1f" % pct(0.50))
    print("client_py_us_p99 %.1f" % pct(0.99))
    print("client_py_cpu_us_per_check %.2f" % (cpu / checks / 1000.0))
    print("client_py_checks %d" % checks)
    print("client_py_errors %d" % errors)
    gate.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
