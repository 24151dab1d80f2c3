#!/usr/bin/env bash
# Where an MNIST training step's time goes: runs the authors' protocol (`./gan run mnist`, 4,000 iterations) for
# 120 s with a JFR recording of seconds 30 to 90 (past the start-up), then prints the share of the main thread's samples
# of each of our frames that made the time (bench/jfr_step_profile.py). docs/performance.md reports its output.
#
#   bench/profile-mnist-step.sh MNIST_DIR [SEED]      e.g. bench/profile-mnist-step.sh ../shared/data/mnist
#
# The run directory and the recording go to a temporary directory, which is printed and kept.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:?usage: bench/profile-mnist-step.sh MNIST_DIR [SEED]}"
seed="${2:-2}"
[ -d "$data" ] || { echo "bench/profile-mnist-step.sh: MNIST_DIR '$data' is not a directory" >&2; exit 2; }
data="$(cd "$data" && pwd)"
out="$(mktemp -d)"
echo "profile in $out" >&2
"$root/gan" list > /dev/null  # builds the project first if needed, so the recording below sees only the run
# JAVA_TOOL_OPTIONS adds the recording to ./gan's own JVM options, which the run keeps as they are.
JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$out/step.jfr,settings=profile,delay=30s,duration=60s" \
  timeout 120 "$root/gan" run mnist --seed "$seed" --set iterations=4000 --set "data-dir=$data" --out "$out/run" \
  > "$out/run.log" 2>&1 || [ -s "$out/step.jfr" ]
jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 16 "$out/step.jfr" > "$out/samples.txt"
python3 "$root/bench/jfr_step_profile.py" "$out/samples.txt" 30
tr '\r' '\n' < "$out/run.log" | grep "it/s" | tail -1
