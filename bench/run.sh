#!/usr/bin/env bash
# Runs gan-bench's JMH benchmarks and the PyTorch reference (bench/torch_reference.py) in one session, with the same
# thread count, interleaved workload by workload for BENCH_ROUNDS rounds, and prints one Markdown table of times,
# GFLOP/s and ratios ours / PyTorch (docs/performance.md explains every column).
#
#   bench/run.sh                      everything, 3 rounds (about 15 minutes on 2 cores)
#   BENCH_ROUNDS=1 BENCH_QUICK=1 bench/run.sh          a quick look (shorter warm-up and measurement)
#   BENCH_WORKLOADS="mnist sgemm" bench/run.sh         a subset: mnist relu toy parzen optimizer sgemm memory
#   JGAN_THREADS=1 bench/run.sh       another thread count (default: all cores), for both sides
#   ND4J_VARIANT=generic bench/run.sh another ND4J native build than the pom's nd4j.variant (onednn): generic, avx2,
#                                     avx512, onednn-avx2, onednn-avx512 (the -avx512 ones need a CPU with AVX-512)
#
# On a fresh Debian machine it installs python3-torch and the OpenMP OpenBLAS (as root, or through sudo); Maven
# comes through ./mvnw. Results go to gan-bench/target/bench-results/<time>/ (JSON per round, environment.txt with
# the load at each measurement, table.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

threads="${JGAN_THREADS:-$(nproc)}"
rounds="${BENCH_ROUNDS:-3}"
workloads="${BENCH_WORKLOADS:-mnist relu toy parzen optimizer sgemm memory}"
out="${BENCH_OUT:-$root/gan-bench/target/bench-results/$(date +%Y%m%d-%H%M%S)}"
openblas_openmp=/usr/lib/x86_64-linux-gnu/openblas-openmp
if [ -n "${BENCH_QUICK:-}" ]; then
  jmh_time=(-wi 2 -w 1 -i 3 -r 1); torch_time=(--warmup 2 --seconds 3 --shots 2)
else
  jmh_time=(); torch_time=()
fi

# --- the PyTorch side: Debian's python3-torch with the OpenMP OpenBLAS (the pthread default runs ~3x slower) ---
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null || [ ! -e "$openblas_openmp/libblas.so.3" ]; then
  echo "bench: installing python3-torch and libopenblas0-openmp ..." >&2
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-torch libopenblas0-openmp >/dev/null
fi
torch_python() {
  LD_LIBRARY_PATH="$openblas_openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" OMP_NUM_THREADS="$threads" \
    /usr/bin/python3 "$root/bench/torch_reference.py" --threads "$threads" ${torch_time[@]+"${torch_time[@]}"} "$@"
}

mkdir -p "$out"

# --- our side: build gan-bench and its classpath (JMH's harness is generated at compile time) ---
echo "bench: building gan-bench ..." >&2
./mvnw -q -B install -Dmaven.test.skip=true -pl gan-bench -am >&2
./mvnw -q -B -pl gan-bench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
# A private copy of the project's own classes and jars: other builds in the same tree must not change them mid-run.
mkdir -p "$out/lib"
cp -r "$root/gan-bench/target/classes" "$out/lib/gan-bench-classes"
nd4j_version="$(grep -o '<nd4j.version>[^<]*' "$root/pom.xml" | cut -d'>' -f2)"
classpath="$out/lib/gan-bench-classes"
for jar in $(tr ':' ' ' <"$root/gan-bench/target/bench-classpath.txt"); do
  case "$jar" in
    */org/jgan/*) cp "$jar" "$out/lib/" && classpath="$classpath:$out/lib/$(basename "$jar")" ;;
    *) classpath="$classpath:$jar" ;;
  esac
done
# The project's thread settings (docs/performance.md), as ./gan sets them: one libnd4j thread, OpenMP (oneDNN) on every
# core; Threads.configure() gives OpenBLAS one thread beside oneDNN, every core in the generic build.
export SD_MAX_THREADS=1 SD_MASTER_THREADS=1 OMP_NUM_THREADS="$threads" JGAN_THREADS="$threads"
# glibc's mmap threshold as ./gan fixes it (docs/performance.md), unless the caller sets another.
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
java_options=(-Xmx2g --add-modules jdk.incubator.vector)  # as ./gan: the fused momentum update in SIMD lanes
variant="${ND4J_VARIANT:-$(grep -o '<nd4j.variant>[^<]*' "$root/pom.xml" | cut -d'>' -f2)}"
if [ "$variant" != generic ]; then
  # The variant's jar beside the generic one, chosen at load time by JavaCPP's platform extension.
  ./mvnw -q -B dependency:get -Dtransitive=false \
    -Dartifact="org.nd4j:nd4j-native:$nd4j_version:jar:linux-x86_64-$variant" >&2
  variant_jar="$HOME/.m2/repository/org/nd4j/nd4j-native/$nd4j_version/nd4j-native-$nd4j_version-linux-x86_64-$variant.jar"
  classpath="$classpath:$variant_jar"
  java_options+=("-Dorg.bytedeco.javacpp.platform.extension=-$variant")
fi
java_cmd=(java "${java_options[@]}" -cp "$classpath")
jmh() { # jmh ROUND NAME JMH-ARGS...
  local round="$1" name="$2"; shift 2
  note "jmh $name round $round"
  "${java_cmd[@]}" org.openjdk.jmh.Main "$@" ${jmh_time[@]+"${jmh_time[@]}"} \
    -rf json -rff "$out/jmh-r$round-$name.json" >"$out/jmh-r$round-$name.log" 2>&1 \
    || { echo "bench: JMH $name failed, see $out/jmh-r$round-$name.log" >&2; tail -20 "$out/jmh-r$round-$name.log" >&2; exit 1; }
}
torch() { # torch ROUND WORKLOAD
  local round="$1" workload="$2"
  note "torch $workload round $round"
  torch_python --workload "$workload" --out "$out/torch-r$round-${workload//\//_}.json" >/dev/null
}
note() { echo "$(date +%T) $* | load:$(uptime | sed 's/.*load average://')" | tee -a "$out/environment.txt" >&2; }

{
  echo "date: $(date -Is)   host cores: $(nproc)   threads (OpenMP and torch): $threads"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')   SIMD: $(grep -o -w -E 'avx512f|avx2|fma' /proc/cpuinfo | sort -u | tr '\n' ' ')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "nd4j natives: $(tr ':' '\n' <<<"$classpath" | grep -o 'nd4j-native-[^/]*linux[^/]*\.jar' | sort -u | tr '\n' ' ')  variant: $variant"
  echo "torch: $(torch_python --help >/dev/null && /usr/bin/python3 -c 'import torch; print(torch.__version__)')   BLAS: OpenMP OpenBLAS ($openblas_openmp)"
} >"$out/environment.txt"

for round in $(seq 1 "$rounds"); do
  for w in $workloads; do
    case "$w" in
      mnist) jmh "$round" mnist MnistStepBenchmark -p model=goodfellow2014-mnist
             torch "$round" goodfellow2014-mnist/simultaneous ;;
      relu) jmh "$round" relu MnistStepBenchmark -p model=relu-mnist
            torch "$round" relu-mnist/simultaneous ;;
      toy) jmh "$round" toy ToyStepBenchmark
           torch "$round" mlp-1d ;;
      parzen) jmh "$round" parzen ParzenBenchmark
              torch "$round" parzen ;;
      optimizer) jmh "$round" optimizer OptimizerBenchmark
                 for gradient in normal subnormal; do
                   torch "$round" "optimizer/$gradient/sgd"
                   torch "$round" "optimizer/$gradient/adam"
                 done ;;
      sgemm) jmh "$round" sgemm SgemmBenchmark ;;
      memory) if [ "$round" = 1 ]; then
                note "memory: 1000 goodfellow2014-mnist steps"
                "${java_cmd[@]}" org.jgan.bench.StepMemory goodfellow2014-mnist 1000 | tee -a "$out/environment.txt" >&2
              fi ;;
      *) echo "bench: unknown workload '$w' (known: mnist relu toy parzen optimizer sgemm memory)" >&2; exit 2 ;;
    esac
  done
done

"${java_cmd[@]}" org.jgan.bench.BenchTable "$out" | tee "$out/table.md"
echo "results: $out" >&2
