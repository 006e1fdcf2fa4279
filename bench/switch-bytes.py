#!/usr/bin/env python3
"""What a panel switch sends to the terminal, by kind of byte.

Runs the release `citydash` on a pseudo-terminal (TERM=xterm-256color), waits for the first
frame, presses Tab once per panel and splits what each switch wrote into text, colour and
attribute changes (SGR), cursor moves, erases and the rest.

    bench/switch-bytes.py [WIDTH HEIGHT] [citydash options...]
    bench/switch-bytes.py 80 24 --lang en
    bench/switch-bytes.py 200 60 --color never
    CITYDASH=.build/debug/citydash bench/switch-bytes.py 80 24   (any build: the bytes are the same)

`(cd Benchmarks && swift package benchmark --filter 'panel switch.*')` measures the same switches in process
against the number of changed cells; this script shows where the bytes go.
"""
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESCAPE = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z@]|\x1b\([0-9A-Za-z]|\x1b[=>]|[\r\n\x08]")
KINDS = {b"m": "SGR (colour, bold)", b"\x1b(": "SGR (charset reset)", b"H": "cursor move", b"G": "cursor move",
         b"d": "cursor move", b"\r": "cursor move", b"\n": "cursor move", b"\x08": "cursor move",
         b"X": "erase characters", b"K": "erase line", b"J": "erase display"}


def read_until_quiet(fd, quiet=0.4, limit=5.0):
    out, end, last = b"", time.time() + limit, time.time()
    while time.time() < end and time.time() - last < quiet:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            out += chunk
            last = time.time()
    return out


def breakdown(data):
    kinds = {}
    escape_bytes = 0
    for match in ESCAPE.finditer(data):
        sequence = match.group(0)
        key = sequence[-1:] if sequence.startswith(b"\x1b[") else sequence[:2] if sequence.startswith(b"\x1b") else sequence
        kind = KINDS.get(key, "other control")
        kinds[kind] = kinds.get(kind, 0) + len(sequence)
        escape_bytes += len(sequence)
    kinds["text"] = len(data) - escape_bytes
    return kinds


def main():
    args = sys.argv[1:]
    width, height = 120, 40
    if len(args) >= 2 and args[0].isdigit() and args[1].isdigit():
        width, height, args = int(args[0]), int(args[1]), args[2:]
    binary = os.environ.get("CITYDASH")
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "citydash"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip() + "/citydash"
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
        os.execv(binary, [binary, "--data", os.path.join(ROOT, "data")] + args)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    time.sleep(0.2)
    os.kill(pid, 28)  # SIGWINCH: draw at the size just set
    first = read_until_quiet(fd, quiet=0.8)
    print(f"{width}x{height} {' '.join(args)}: first frame {len(first)} bytes")
    totals = {}
    for step in range(5):
        os.write(fd, b"\t")
        data = read_until_quiet(fd)
        kinds = breakdown(data)
        for kind, count in kinds.items():
            totals[kind] = totals.get(kind, 0) + count
        parts = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items(), key=lambda kv: -kv[1]))
        print(f"  Tab {step + 1}: {len(data)} bytes: {parts}")
    total = sum(totals.values())
    print("  all switches: " + ", ".join(f"{kind} {100 * count / total:.0f}%"
                                         for kind, count in sorted(totals.items(), key=lambda kv: -kv[1])))
    os.write(fd, b"q")
    read_until_quiet(fd, quiet=0.3)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
