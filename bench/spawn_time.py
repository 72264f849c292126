#!/usr/bin/env python3
"""Runs a command N times, spawned directly (no shell in between), and prints the median wall
time, the median CPU time (user + sys, from wait4) and the largest peak RSS.

Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the wrapper spawned with the command):
a child spawned straight from Python inherits Python's high-water mark (~14 MiB) at exec.
With --no-rss the command is spawned alone (for start-up times).

usage: spawn_time.py N [--stdout FILE] -- CMD ARG...
prints: wall_s cpu_s maxrss_kib   (medians of N; maxrss is the largest)
"""
import os
import statistics
import sys
import time


def main():
    argv = sys.argv[1:]
    n = int(argv.pop(0))
    stdout = os.devnull
    rss_file = None
    if argv[0] == "--no-rss":
        argv = argv[1:]
    else:
        rss_file = f"/tmp/spawn_time.{os.getpid()}.rss"
    if argv[0] == "--stdout":
        stdout = argv[1]
        argv = argv[2:]
    assert argv.pop(0) == "--"
    if rss_file:
        argv = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + argv
    walls, cpus, rss = [], [], 0
    for _ in range(n):
        out = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(os.devnull, os.O_WRONLY)
        t = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[
            (os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)])
        _, status, ru = os.wait4(pid, 0)
        walls.append(time.perf_counter() - t)
        os.close(out)
        os.close(err)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # 1: some records rejected or dropped-with-errors; still timed
            sys.exit(f"{argv[0]} exited with {code}")
        cpus.append(ru.ru_utime + ru.ru_stime)
        if rss_file:
            with open(rss_file) as f:
                rss = max(rss, int(f.read().split()[-1]))
    if rss_file:
        os.unlink(rss_file)
    print(f"{statistics.median(walls):.4f} {statistics.median(cpus):.4f} {rss}")


if __name__ == "__main__":
    main()
