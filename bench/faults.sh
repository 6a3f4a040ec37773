#!/usr/bin/env bash
# Fault suite: each fault under a bounded mixed load (browsing, search, checkout with VNPay and
# cash on delivery, VNPay IPNs from the simulator, GHN webhooks for shipped parcels, artisan
# edits; vn.langnghe.market.faults.MixedLoad), then the checks (FaultChecks): no accepted order
# lost, nothing doubled (orders per Idempotency-Key, settled payments per order, ledger lines per
# shop order and kind, refunds per payment and at the gateway, parcels and GHN orders per shop
# order, mails per recipient and subject), stock conserved, the jobs' work and the index caught up.
# Prints one table: fault, requests, errors by kind, lost, doubled, recovery time.
#
#   bash bench/faults.sh                          # every fault against the cluster of bench/cluster.sh
#   FAULTS="kill-node gateway-500" bash bench/faults.sh   # some of them
#   KEEP=1 bash bench/faults.sh                   # leave a cluster this script started running
#   BENCH_URL=http://localhost:9580 bash bench/faults.sh  # one node already running (bench/common.sh,
#                                                 # BENCH_PORT_OFFSET=1500): the faults one node has,
#                                                 # gateway-500, gateway-timeout and database
#
# Faults: kill-node (kill -9 of WildFly node 2; bench/cluster.sh restart-node 2), galera-writer
# (kill -9 of Galera node 1, the writer behind HAProxy's :3330; start-galera 1), solr-node (one
# SolrCloud node stopped; start-solr 2), mail-sink (stopped; start-mail), gateway-500 and
# gateway-timeout (the VNPay and GHN simulators' fault switches: their APIs answer 500, or answer
# after our clients' timeout; back to NONE); on one node also database (its embedded MariaDB killed
# with -9 and started again with the same command line after DURING s). Each: BEFORE s of load, the fault for DURING s, AFTER s
# of load after the repair (kill-node and galera-writer: the repair comes at the end of DURING).
# Recovery: from the repair (from the kill for kill-node and galera-writer) to the end of the first
# load round started after it in which every step succeeded.
#
# Tune: USERS (8), BEFORE (20), DURING (30), AFTER (60), WAIT (240: how long the checks wait for the
# jobs and the index). Needs JDK 17, Maven (offline, dependencies resolved), curl, the mariadb client.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-8}
BEFORE=${BEFORE:-20}
DURING=${DURING:-30}
AFTER=${AFTER:-60}
WAIT=${WAIT:-240}
CLUSTER_HOME=${CLUSTER_HOME:-/tmp/langnghe-cluster}
started_cluster=

if [ -n "${BENCH_URL:-}" ]; then
  # one node of bench/common.sh: its embedded MariaDB, its in-process simulators and mail sink
  offset=${BENCH_PORT_OFFSET:-1500}
  FRONT_URL=$BENCH_URL
  DB_WRITER_URL="jdbc:mysql://127.0.0.1:${MARKET_EMBEDDED_DB_PORT:-$((3326 + offset))}/market?sslMode=DISABLED&allowPublicKeyRetrieval=true"
  SIM_URL=$BENCH_URL
  MAIL_DIR=${MAIL_DIR:-}
  DB_PORT=${MARKET_EMBEDDED_DB_PORT:-$((3326 + offset))}
  FAULTS=${FAULTS:-"gateway-500 gateway-timeout database"}
  out_root=${OUT:-$PWD/target/faults}
else
  if [ ! -f "$CLUSTER_HOME/cluster.env" ]; then
    if ss -ltn | grep -qE ':(8000|3330) '; then
      echo "something listens on :8000 or :3330 but $CLUSTER_HOME/cluster.env is missing: whose cluster is it? stop it or set CLUSTER_HOME"
      exit 1
    fi
    bash bench/cluster.sh up
    started_cluster=1
  fi
  FAULTS=${FAULTS:-"kill-node galera-writer solr-node mail-sink gateway-500 gateway-timeout"}
  out_root=${OUT:-$CLUSTER_HOME/faults}
fi
load=
database_started=
# On any exit (an error or Ctrl-C included): the load still running, a database this script
# started again, and a cluster it brought up (unless KEEP) are stopped.
cleanup() {
  trap - EXIT
  if [ -n "$load" ] && kill -0 "$load" 2>/dev/null; then kill "$load" 2>/dev/null; wait "$load" 2>/dev/null || true; fi
  if [ -n "$database_started" ]; then stop_database; fi
  if [ -n "$started_cluster" ] && [ -z "${KEEP:-}" ]; then bash bench/cluster.sh down; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# cluster.env is read again after every repair: a restarted process has a new pid
reload() {
  if [ -f "$CLUSTER_HOME/cluster.env" ] && [ -z "${BENCH_URL:-}" ]; then
    set -a; . "$CLUSTER_HOME/cluster.env"; set +a
  fi
}
reload
DB_USER=${DB_USER:-market}
DB_PASSWORD=${DB_PASSWORD:-market}
SIM_BASE=${SIM_URL%%/api/sandbox*}
SIM_BASE=${SIM_BASE%/}
MAIL_DIR=${MAIL_DIR:-${MARKET_HOME:+$MARKET_HOME/mail}}
mkdir -p "$out_root"

# Maven's command line for one of the faults package's mains, in $java_cmd
java_main() { # main class, args…
  local main=$1; shift
  java_cmd=(mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass="vn.langnghe.market.faults.$main"
    -Dfaults.sim="$SIM_BASE" -Dexec.args="$*")
}

# The simulators' own WildFly in the cluster (its database holds the demo admin, copied there by
# cluster.sh up); the node itself on one node
admin_token() {
  curl -fsS -H 'Content-Type: application/json' -d '{"email":"admin@demo.langnghe.vn","password":"LangNghe@2026"}' \
    "$SIM_BASE/api/auth/login" | sed -n -E 's/.*"token" *: *"([^"]+)".*/\1/p'
}

# NONE, ERROR or TIMEOUT on the VNPay and GHN simulators (both switches are an admin's), read
# back: fails unless both say the mode asked for
simulators() {
  local token sim mode
  token=$(admin_token) || return 1
  [ -n "$token" ] || { echo "no admin token from $SIM_BASE"; return 1; }
  for sim in vnpay ghn; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"mode\":\"$1\"}" "$SIM_BASE/api/sandbox/$sim/fault" || return 1
    mode=$(curl -fsS "$SIM_BASE/api/sandbox/$sim/fault" | sed -n -E 's/.*"mode" *: *"([A-Z]+)".*/\1/p') || return 1
    [ "$mode" = "$1" ] || { echo "the $sim simulator's fault is ${mode:-unknown}, not $1"; return 1; }
  done
}

# kill -9 of a pid named in cluster.env, only while its command line still names CLUSTER_HOME
# (a pid freed by an earlier kill may belong to a stranger now); its pid file goes with it, so
# that nothing signals that number again
kill_part() { # part (cluster.sh's pid file name), pid
  if [ -z "$2" ] || ! tr '\0' ' ' 2>/dev/null <"/proc/$2/cmdline" | grep -qF -- "$CLUSTER_HOME"; then
    echo "$1: pid ${2:-none} is not a process of $CLUSTER_HOME; not killed"
    return 1
  fi
  kill -9 "$2" || return 1
  rm -f "$CLUSTER_HOME/pids/$1"
}

# one node's embedded MariaDB (the single-node stand-in for the Galera writer): killed with -9,
# then started again by hand with the very command line it had; its pid is kept in
# $out_root/database.pid, as the run command that started the first one does not know this one
db_pid() { ss -Hltnp "sport = :$DB_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
kill_database() {
  local pid; pid=$(db_pid)
  [ -n "$pid" ] || { echo "no database listens on :$DB_PORT"; return 1; }
  tr '\0' '\n' <"/proc/$pid/cmdline" >"$out_root/database.cmdline" || return 1
  readlink "/proc/$pid/cwd" >"$out_root/database.cwd" || return 1
  kill -9 "$pid"
}
start_database() {
  local -a cmd; mapfile -t cmd <"$out_root/database.cmdline"
  (cd "$(cat "$out_root/database.cwd")" && setsid "${cmd[@]}" >"$out_root/database.log" 2>&1 </dev/null & echo $! >"$out_root/database.pid")
  database_started=1
  for _ in $(seq 1 60); do [ -n "$(db_pid)" ] && return; sleep 1; done
  echo "the database did not come back: $out_root/database.log"
  return 1
}
# The run command that started the first database no longer knows this one: it is stopped here
# (SIGTERM: a clean shutdown) when the suite ends, if it still has the command line it was given.
stop_database() {
  local pid i
  pid=$(cat "$out_root/database.pid" 2>/dev/null) || return 0
  if [ -n "$pid" ] && cmp -s <(tr '\0' '\n' 2>/dev/null <"/proc/$pid/cmdline") "$out_root/database.cmdline"; then
    echo "stopping the database this suite started again (pid $pid); the marketplace at $FRONT_URL has none now"
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$out_root/database.pid"
  database_started=
}

inject() {
  case $1 in
    database) kill_database ;;
    kill-node) kill_part node2 "${NODE2_PID:-}" ;;
    galera-writer) kill_part galera1 "${GALERA1_PID:-}" ;;
    solr-node) bash bench/cluster.sh stop-solr 2 ;;
    mail-sink) bash bench/cluster.sh stop-mail ;;
    gateway-500) simulators ERROR ;;
    gateway-timeout) simulators TIMEOUT ;;
    *) echo "unknown fault $1"; exit 1 ;;
  esac
}

repair() {
  case $1 in
    database) start_database ;;
    kill-node) bash bench/cluster.sh restart-node 2 ;;
    galera-writer) bash bench/cluster.sh start-galera 1 ;;
    solr-node) bash bench/cluster.sh start-solr 2 ;;
    mail-sink) bash bench/cluster.sh start-mail ;;
    gateway-500 | gateway-timeout) simulators NONE ;;
  esac
  reload
}

now_ms() { date +%s%3N; }

rows=()
for fault in $FAULTS; do
  out="$out_root/$fault"; rm -rf "$out"; mkdir -p "$out"
  echo "== $fault: ${BEFORE}s load, ${DURING}s fault, ${AFTER}s after (log $out/load.log)"
  java_main MixedLoad "$FRONT_URL" $((BEFORE + DURING + AFTER + 15)) "$USERS" "$out"
  # exec: $load is Maven's JVM itself, which the EXIT trap can stop
  (exec "${java_cmd[@]}" >"$out/load.log" 2>&1) &
  load=$!
  # the load's set-up (sign-ins, the run's products) first, then BEFORE seconds of it
  until [ -s "$out/rounds.tsv" ] || ! kill -0 $load 2>/dev/null; do sleep 1; done
  sleep "$BEFORE"
  # the DURING clock starts once the fault is known to be on (the switches read back)
  injected_ok=1
  inject "$fault" || { injected_ok=; echo "injecting $fault failed: its row says not injected"; }
  injected=$(now_ms)
  sleep "$DURING"
  repair "$fault" || echo "repairing $fault failed: repair it by hand before the next fault"; repaired=$(now_ms)
  case $fault in kill-node | galera-writer) mark=$injected ;; *) mark=$repaired ;; esac
  wait $load || true
  load=
  java_main FaultChecks "$FRONT_URL" "$DB_WRITER_URL" "$DB_USER" "$DB_PASSWORD" "$out" "$WAIT" "${MAIL_DIR:-}"
  "${java_cmd[@]}" >"$out/checks.log" 2>&1 || true
  cat "$out/checks.log"
  requests=$(grep '^REQUESTS' "$out/load.log" || echo "REQUESTS total=? (the load failed: see $out/load.log)")
  result=$(grep '^RESULT' "$out/checks.log" || echo "RESULT lost=? doubled=? stockOff=? caughtUp=?")
  recovery=$(awk -v mark="$mark" '$1 >= mark && $3 == 1 { r = ($2 - mark) / 1000; if (best == "" || r < best) best = r }
    END { if (best == "") print "none"; else printf "%.1f s", best }' "$out/rounds.tsv" 2>/dev/null || echo none)
  [ -n "$injected_ok" ] || recovery="not injected"
  rows+=("$fault|$requests|$result|$recovery")
done

field() { echo "$1" | grep -o "$2=[^ ]*" | cut -d= -f2; }
echo
echo "Fault suite, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $USERS users, fault ${DURING}s"
printf '%-16s %9s %7s %5s %7s %9s %5s %8s %6s %5s %8s %6s %9s %12s\n' fault requests 2xx 4xx 503+RA 503-bare 5xx timeouts conn lost doubled stock caught-up recovery
for row in "${rows[@]}"; do
  IFS='|' read -r fault requests result recovery <<<"$row"
  printf '%-16s %9s %7s %5s %7s %9s %5s %8s %6s %5s %8s %6s %9s %12s\n' "$fault" \
    "$(field "$requests" total)" "$(field "$requests" 2xx)" "$(field "$requests" 4xx)" "$(field "$requests" 503ra)" \
    "$(field "$requests" 503bare)" "$(field "$requests" 5xx)" "$(field "$requests" timeout)" "$(field "$requests" conn)" \
    "$(field "$result" lost)" "$(field "$result" doubled)" "$(field "$result" stockOff)" "$(field "$result" caughtUp)" "$recovery"
done
