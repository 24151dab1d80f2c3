#!/usr/bin/env python3
"""Where the main thread's time goes, from a JFR recording's method samples.

Reads the text of `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 16 FILE` and
attributes every sample of the thread "main" to its innermost org.jgan frame (the method and line of ours that
made the native call or ran the code), printing each frame's share of the samples, largest first.

    jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 16 step.jfr > samples.txt
    python3 bench/jfr_step_profile.py samples.txt [ROWS]
"""
import collections
import re
import sys

EVENT = re.compile(r"\njdk\.(?:NativeMethodSample|ExecutionSample) \{")
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
    frames = [f for f in map(innermost_own_frame, EVENT.split(text)) if f is not None]
    if not frames:
        sys.exit(f"{sys.argv[1]}: no samples of the thread \"main\"; is it the output of `jfr print`?")
    print(f"{len(frames)} samples of the main thread")
    for frame, count in collections.Counter(frames).most_common(rows):
        print(f"{count / len(frames):6.1%}  {frame}")


if __name__ == "__main__":
    main()
