#!/usr/bin/env python3
"""Where the main thread's time goes, from a JFR recording's method samples.

Reads the text of `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 16 FILE` and
attributes every sample of the thread "main" to its innermost org.jgan frame (the method and line of ours that
made the native call or ran the code), printing each frame's share of the main thread's time, largest first. JFR
samples a thread in native code less often than one running Java code (every 20 ms against every 10 ms in the
"profile" settings that bench/profile-mnist-step.sh records with), so each sample counts for its event's period.

    jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 16 step.jfr > samples.txt
    python3 bench/jfr_step_profile.py samples.txt [ROWS]
"""
import collections
import re
import sys

EVENT = re.compile(r"\njdk\.(NativeMethodSample|ExecutionSample) \{")
# Milliseconds between samples of a thread, per event, in the JDK's "profile" settings (profile.jfc).
PERIOD_MS = {"ExecutionSample": 10, "NativeMethodSample": 20}
STACK = re.compile(r"stackTrace = \[(.*?)\n\s*\]", re.S)


def innermost_own_frame(event):
    """The first org.jgan frame of the event's stack (innermost first), or None for no stack or another thread."""
    if 'sampledThread = "main"' not in event:
        return None
    stack = STACK.search(event)
    if stack is None:
        return None
    for frame in (line.strip() for line in stack.group(1).splitlines()):
        if frame.startswith("org.jgan."):
            return re.sub(r"\(.*\)", "()", frame)
    return "(no org.jgan frame)"


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    parts = EVENT.split("\n" + text)  # text before the first event, then (event name, event body) pairs
    milliseconds = collections.Counter()
    samples = 0
    for name, body in zip(parts[1::2], parts[2::2]):
        frame = innermost_own_frame(body)
        if frame is not None:
            milliseconds[frame] += PERIOD_MS[name]
            samples += 1
    if not samples:
        sys.exit(f"{sys.argv[1]}: no samples of the thread \"main\"; is it the output of `jfr print`?")
    total = sum(milliseconds.values())
    print(f"{samples} samples of the main thread, {total / 1000:.1f} s of its time")
    for frame, ms in milliseconds.most_common(rows):
        print(f"{ms / total:6.1%}  {frame}")


if __name__ == "__main__":
    main()
