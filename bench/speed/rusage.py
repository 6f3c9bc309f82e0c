#!/usr/bin/env python3
"""Runs a command and writes its cost to a file, to the microsecond.

    rusage.py OUT_FILE STDOUT_FILE COMMAND...

OUT_FILE gets one line, "wall_s cpu_s maxrss_kb": wall-clock seconds, user+sys
CPU seconds of the process and its threads, and its peak resident set.
/usr/bin/time reports CPU in hundredths of a second, which is 2 % of a 0.45 s
run; os.wait4 gives the kernel's rusage of the one child in microseconds.
Exits with the command's exit status.
"""
import os
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out_file, stdout_file, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(stdout_file, "wb") as stdout:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    with open(out_file, "w") as out:
        out.write(f"{wall:.6f} {usage.ru_utime + usage.ru_stime:.6f} {usage.ru_maxrss}\n")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
