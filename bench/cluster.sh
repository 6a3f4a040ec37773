#!/usr/bin/env bash
# The production topology on one machine, every part on loopback (docs/operations.md, Production
# topology): HAProxy in front of two WildFly nodes, a three-node MariaDB Galera cluster written
# through one node at a time, SolrCloud (two nodes and ZooKeeper), the mail sink, and a third
# WildFly that serves only the gateway and carrier simulators. All state lives in CLUSTER_HOME.
#
#   bench/cluster.sh up                 builds if needed, installs missing Debian packages, starts all
#   bench/cluster.sh down               stops all it started and checks that nothing is left
#   bench/cluster.sh status             each part up or down
#   bench/cluster.sh restart-node N     (re)starts WildFly node N (1|2), killed or not
#   bench/cluster.sh stop-node N        stops WildFly node N (SIGTERM)
#   bench/cluster.sh start-galera N     starts Galera node N (1|2|3) again; it rejoins (IST)
#   bench/cluster.sh stop-galera N      stops Galera node N cleanly
#   bench/cluster.sh start-solr N       starts Solr node N (1|2) again
#   bench/cluster.sh stop-solr N        stops Solr node N
#   bench/cluster.sh start-mail         starts the mail sink again
#   bench/cluster.sh stop-mail          stops the mail sink
#   bench/cluster.sh reindex            full reindex into SolrCloud as the demo admin
#
# `up` writes $CLUSTER_HOME/cluster.env (KEY=value lines, see bench/README.md); every start
# rewrites it with the new pids. Killing a part with kill -9 is what the fault suite does; the
# start-* commands bring it back.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CLUSTER_HOME=${CLUSTER_HOME:-/tmp/langnghe-cluster}
FRONT_PORT=8000
STATS_PORT=8001
DB_FRONT_PORT=3330
NODE_OFFSETS=(0 2000 2100)          # WildFly node 1, 2 (index 0 unused)
SIM_OFFSET=2200                     # the simulators' WildFly: http 10280, management 12190
GALERA_PORTS=(0 3331 3332 3333)
ZK_PORT=12181
SOLR_PORTS=(0 18983 18984)
SMTP_PORT=12525
DEMO_PASSWORD='LangNghe@2026'
# a machine with two cores shared with other work: generous limits
READY_SECONDS=${READY_SECONDS:-600}

FRONT_URL=http://127.0.0.1:$FRONT_PORT
SIM_URL=http://127.0.0.1:$((8080 + SIM_OFFSET))
ZK_HOSTS=127.0.0.1:$ZK_PORT/solr

log() { echo "[cluster $(date -u +%H:%M:%S)] $*"; }
die() { echo "cluster.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# machine and build

ensure_packages() {
  local missing=() p
  for p in haproxy galera-4 rsync mariadb-server mariadb-client curl iproute2 procps; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] || die "missing Debian packages (${missing[*]}): run as root or install them"
  log "installing ${missing[*]}"
  # the packages' own services (MariaDB on 3306, HAProxy) must not start: this script runs its
  # own processes and leaves nothing else behind
  local policy=/usr/sbin/policy-rc.d own_policy=
  if [ ! -e $policy ]; then printf '#!/bin/sh\nexit 101\n' >$policy; chmod +x $policy; own_policy=1; fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  [ -n "$own_policy" ] && rm -f $policy
}

wildfly_home() {
  ls -d "$ROOT"/target/wildfly-*.Final 2>/dev/null | head -1
}

# the war, the configured WildFly and the launcher's class path; built once
ensure_build() {
  if [ ! -f "$ROOT/target/market.war" ] || [ -z "$(wildfly_home)" ] \
      || [ ! -f "$ROOT/target/test-classes/vn/langnghe/market/devenv/ClusterServices.class" ]; then
    log "building (mvn package -DskipTests)"
    mvn -B -q package -DskipTests >"$CLUSTER_HOME/build.log" 2>&1 || { tail -40 "$CLUSTER_HOME/build.log"; die "build failed"; }
  fi
  if [ ! -s "$CLUSTER_HOME/classpath" ] || [ "$ROOT/pom.xml" -nt "$CLUSTER_HOME/classpath" ]; then
    mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CLUSTER_HOME/classpath.deps" >>"$CLUSTER_HOME/build.log" 2>&1 || die "class path failed"
    echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CLUSTER_HOME/classpath.deps")" >"$CLUSTER_HOME/classpath"
  fi
}

# ---------------------------------------------------------------------------------------------
# processes: every part writes its pid to $CLUSTER_HOME/pids/<name>

pidfile() { echo "$CLUSTER_HOME/pids/$1"; }
pid_of() { local f; f=$(pidfile "$1"); [ -s "$f" ] && cat "$f" || true; }
# a pid is ours while its command line names CLUSTER_HOME: a pid file left by a killed part may
# name a pid the system has since given to a stranger, who must not be signalled
ours() { [ -n "$1" ] && tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" | grep -qF -- "$CLUSTER_HOME"; }
alive() { local p; p=$(pid_of "$1"); ours "$p"; }

# SIGTERM, up to $2 seconds, then SIGKILL
stop_pid() {
  local name=$1 wait=${2:-60} p i
  p=$(pid_of "$name")
  if ours "$p"; then
    kill "$p" 2>/dev/null || true
    for ((i = 0; i < wait * 5; i++)); do ours "$p" || break; sleep 0.2; done
    if ours "$p"; then log "$name did not stop in ${wait}s: kill -9"; kill -9 "$p" 2>/dev/null || true; sleep 1; fi
  fi
  rm -f "$(pidfile "$name")"
}

wait_port() { # $1 port, $2 seconds, $3 name (pid file) that must stay alive
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    [ -n "${3:-}" ] && ! alive "$3" && return 1
    sleep 0.5
  done
  return 1
}

wait_url() { # $1 name (pid file), $2 URL that answers 200 once it is up, $3 its log
  local i
  for ((i = 0; i < READY_SECONDS; i++)); do
    curl -fs -o /dev/null "$2" && { log "$1 up: $2"; return; }
    alive "$1" || { tail -30 "$3"; die "$1 died"; }
    sleep 1
  done
  die "$1 not up after ${READY_SECONDS}s (see $3)"
}

java_service() { # $1 name, then ClusterServices' arguments
  local name=$1; shift
  local dir="$CLUSTER_HOME/$name"
  mkdir -p "$dir"
  setsid java -Xms64m -Xmx${JAVA_SERVICE_HEAP:-512m} -cp "$(cat "$CLUSTER_HOME/classpath")" \
    vn.langnghe.market.devenv.ClusterServices "$@" >>"$dir/console.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "$name")"
}

# ---------------------------------------------------------------------------------------------
# Galera

galera_dir() { echo "$CLUSTER_HOME/galera/node$1"; }
galera_user() { if [ "$(id -u)" = 0 ]; then echo mysql; else id -un; fi; }
galera_sql() { # $1 node, rest: mariadb arguments (as root over the node's socket)
  local n=$1; shift
  mariadb --no-defaults -uroot --socket="$(galera_dir "$n")/mariadbd.sock" "$@"
}
galera_state() { galera_sql "$1" -N -B -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2; }

galera_config() {
  local n=$1 dir
  dir=$(galera_dir "$n")
  mkdir -p "$dir/data"
  cat >"$dir/my.cnf" <<EOF
[mysqld]
user=$(galera_user)
datadir=$dir/data
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
bind-address=127.0.0.1
port=${GALERA_PORTS[$n]}
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
max_connections=300
# what Galera asks for: row events, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=langnghe
wsrep_node_name=galera$n
wsrep_cluster_address=gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:457$n;ist.recv_addr=127.0.0.1:458$n;gcache.size=256M;gcache.recover=yes"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:444$n
EOF
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --user="$(galera_user)" --datadir="$dir/data" --skip-test-db \
      --auth-root-authentication-method=socket >"$dir/install.log" 2>&1 \
      || { cat "$dir/install.log"; die "mariadb-install-db failed for node $n"; }
  fi
  [ "$(id -u)" = 0 ] && chown -R mysql:mysql "$dir"
  return 0
}

galera_running_peer() {
  local n
  for n in 1 2 3; do
    [ "$n" != "${1:-0}" ] && alive "galera$n" && [ "$(galera_state "$n")" = Synced ] && { echo "$n"; return; }
  done
  true
}

# The node to bootstrap from when none runs: the one Galera marked safe (the last one stopped
# cleanly), else the one with the highest recovered seqno (all three killed), marked safe here.
galera_bootstrap_node() {
  local n best=1 best_seqno=-2 seqno grastate
  for n in 1 2 3; do
    grastate="$(galera_dir "$n")/data/grastate.dat"
    [ -f "$grastate" ] || continue
    if grep -q '^safe_to_bootstrap: 1' "$grastate"; then echo "$n"; return; fi
  done
  for n in 1 2 3; do
    grastate="$(galera_dir "$n")/data/grastate.dat"
    [ -f "$grastate" ] || continue
    seqno=$(sed -n 's/^seqno: *//p' "$grastate")
    if [ "$seqno" = -1 ]; then
      mariadbd --defaults-file="$(galera_dir "$n")/my.cnf" --wsrep-recover --log-error="$(galera_dir "$n")/recover.log" >/dev/null 2>&1 || true
      seqno=$(sed -n 's/.*Recovered position: .*:\(-\?[0-9]*\).*/\1/p' "$(galera_dir "$n")/recover.log" | tail -1)
    fi
    if [ -n "$seqno" ] && [ "$seqno" -gt "$best_seqno" ]; then best=$n; best_seqno=$seqno; fi
  done
  grastate="$(galera_dir "$best")/data/grastate.dat"
  [ -f "$grastate" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$grastate"
  echo "$best"
}

start_galera() { # $1 node; bootstraps a new cluster when no other node is up
  local n=$1 dir extra=() i
  alive "galera$n" && { log "galera$n already runs"; return; }
  dir=$(galera_dir "$n")
  galera_config "$n"
  if [ -z "$(galera_running_peer "$n")" ]; then
    if [ "${2:-}" != bootstrap ] && [ "$(galera_bootstrap_node)" != "$n" ]; then
      die "no Galera node runs and node $n is not the one to bootstrap from; start node $(galera_bootstrap_node) first"
    fi
    extra=(--wsrep-new-cluster)
    log "galera$n: bootstrapping the cluster"
  else
    log "galera$n: joining"
  fi
  rm -f "$dir/mariadbd.pid"
  setsid mariadbd --defaults-file="$dir/my.cnf" "${extra[@]}" >>"$dir/console.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "galera$n")"
  for ((i = 0; i < READY_SECONDS; i++)); do
    [ "$(galera_state "$n")" = Synced ] && { log "galera$n synced"; return 0; }
    alive "galera$n" || { tail -30 "$dir/error.log"; die "galera$n died"; }
    sleep 1
  done
  die "galera$n not synced after ${READY_SECONDS}s (see $dir/error.log)"
}

stop_galera() { stop_pid "galera$1" 120; }

galera_prepare_schema() { # users and databases, once (replicated to the others)
  local n=$1
  galera_sql "$n" <<'SQL'
CREATE DATABASE IF NOT EXISTS market CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS market_sim CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'market'@'127.0.0.1' IDENTIFIED BY 'market';
GRANT ALL PRIVILEGES ON market.* TO 'market'@'127.0.0.1';
GRANT ALL PRIVILEGES ON market_sim.* TO 'market'@'127.0.0.1';
CREATE USER IF NOT EXISTS 'clustercheck'@'127.0.0.1' IDENTIFIED BY 'clustercheck';
SQL
}

wait_cluster_size() {
  local i size
  for ((i = 0; i < 120; i++)); do
    size=$(galera_sql 1 -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2)
    [ "$size" = 3 ] && { log "Galera: wsrep_cluster_size=3"; return; }
    sleep 1
  done
  die "Galera cluster size is ${size:-?}, not 3"
}

# ---------------------------------------------------------------------------------------------
# HAProxy

haproxy_config() {
  local dir="$CLUSTER_HOME/haproxy"
  mkdir -p "$dir"
  # HAProxy's external check: passes a Galera node only while it is Synced (wsrep_local_state 4),
  # so a joiner, a donor or a node cut off from the majority never gets the writes
  cat >"$dir/galera-check.sh" <<'EOF'
#!/bin/sh
# HAProxy calls: <proxy addr> <proxy port> <server addr> <server port>
state=$(mariadb --no-defaults --connect-timeout=2 -h"$3" -P"$4" -uclustercheck -pclustercheck -N -B \
  -e "SHOW STATUS LIKE 'wsrep_local_state'" 2>/dev/null | cut -f2)
[ "$state" = 4 ]
EOF
  chmod +x "$dir/galera-check.sh"
  cat >"$dir/haproxy.cfg" <<EOF
# generated by bench/cluster.sh
global
    maxconn 4000
    log stdout format raw local0 info
    stats socket $dir/admin.sock mode 600 level admin
    # the Galera check runs a script
    external-check
    insecure-fork-wanted

defaults
    log global
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 3s

frontend shop
    mode http
    bind 127.0.0.1:$FRONT_PORT
    option httplog
    option forwardfor
    # one id per request, passed to the node (and logged here) so a request can be followed
    unique-id-format %{+X}o\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid
    http-request set-header X-Request-Id %[unique-id]
    log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq {%ID} %{+Q}r"
    default_backend wildfly

backend wildfly
    mode http
    balance roundrobin
    # ready = deployed and the database answers (MicroProfile Health on the management port)
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s downinter 5s fall 2 rise 2
    # a refused or reset connection is tried again on the other node (redispatch); a request that
    # may have reached a node is tried again only when it is safe to repeat
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
    http-request disable-l7-retry unless METH_GET || METH_HEAD || METH_OPTIONS
    server node1 127.0.0.1:$((8080 + NODE_OFFSETS[1])) check port $((9990 + NODE_OFFSETS[1]))
    server node2 127.0.0.1:$((8080 + NODE_OFFSETS[2])) check port $((9990 + NODE_OFFSETS[2]))

listen stats
    mode http
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
    stats refresh 5s

# One writer at a time: galera1 takes every connection while it is Synced, galera2 (then
# galera3) only while it is not. SELECT ... FOR UPDATE and SKIP LOCKED lock rows on one node only:
# two writers would both get the same row and one would fail at commit.
listen galera-writer
    mode tcp
    bind 127.0.0.1:$DB_FRONT_PORT
    option tcplog
    timeout client 1h
    timeout server 1h
    option external-check
    external-check path "/usr/bin:/bin:/usr/sbin:/sbin"
    external-check command $dir/galera-check.sh
    default-server inter 2s fall 2 rise 3 on-marked-down shutdown-sessions
    # when galera1 is back, the backup's connections are cut so that only one node takes writes
    server galera1 127.0.0.1:${GALERA_PORTS[1]} check on-marked-up shutdown-backup-sessions
    server galera2 127.0.0.1:${GALERA_PORTS[2]} check backup
    server galera3 127.0.0.1:${GALERA_PORTS[3]} check backup
EOF
}

start_haproxy() {
  alive haproxy && return
  haproxy_config
  haproxy -c -q -f "$CLUSTER_HOME/haproxy/haproxy.cfg" || die "haproxy.cfg invalid"
  setsid haproxy -db -f "$CLUSTER_HOME/haproxy/haproxy.cfg" >>"$CLUSTER_HOME/haproxy/haproxy.log" 2>&1 </dev/null &
  echo $! >"$(pidfile haproxy)"
  wait_port $FRONT_PORT 30 haproxy || die "haproxy did not start (see $CLUSTER_HOME/haproxy/haproxy.log)"
  log "haproxy on :$FRONT_PORT (stats :$STATS_PORT/stats), MySQL writer :$DB_FRONT_PORT"
}

wait_db_front() {
  local i
  for ((i = 0; i < 60; i++)); do
    mariadb --no-defaults -h127.0.0.1 -P$DB_FRONT_PORT -umarket -pmarket market -N -e 'SELECT 1' >/dev/null 2>&1 && return
    sleep 1
  done
  die "no database through HAProxy :$DB_FRONT_PORT"
}

# ---------------------------------------------------------------------------------------------
# ZooKeeper, Solr, mail

start_zookeeper() {
  alive zookeeper && return
  java_service zookeeper zookeeper $ZK_PORT "$CLUSTER_HOME/zookeeper"
  wait_port $ZK_PORT 120 zookeeper || die "ZooKeeper did not start (see $CLUSTER_HOME/zookeeper/console.log)"
  # ready once the chroot and solr.xml are written
  local i
  for ((i = 0; i < 120; i++)); do grep -q "ready on" "$CLUSTER_HOME/zookeeper/console.log" && break; sleep 1; done
  log "ZooKeeper on :$ZK_PORT"
}

start_solr() {
  local n=$1
  alive "solr$n" && { log "solr$n already runs"; return; }
  java_service "solr$n" solr "${SOLR_PORTS[$n]}" "$CLUSTER_HOME/solr$n" "$ZK_HOSTS"
  wait_url "solr$n" "http://127.0.0.1:${SOLR_PORTS[$n]}/solr/admin/info/system" "$CLUSTER_HOME/solr$n/console.log"
}

start_mail() {
  alive mail && { log "mail sink already runs"; return; }
  JAVA_SERVICE_HEAP=128m java_service mail mail $SMTP_PORT "$CLUSTER_HOME/mail"
  wait_port $SMTP_PORT 120 mail || die "mail sink did not start (see $CLUSTER_HOME/mail/console.log)"
  log "mail sink on :$SMTP_PORT (e-mails in $CLUSTER_HOME/mail)"
}

# ---------------------------------------------------------------------------------------------
# WildFly

# what every WildFly of the cluster shares
wildfly_common_args() {
  echo -Dmarket.payments.sandbox=true -Dmarket.public-url=$FRONT_URL -Dmarket.trusted-proxies=127.0.0.1 \
    -Dmarket.smtp.host=127.0.0.1 -Dmarket.smtp.port=$SMTP_PORT -Dmarket.db.user=market -Dmarket.db.password=market \
    -Dmarket.vnpay.tmn-code=LANGNGHE -Dmarket.vnpay.hash-secret=LANGNGHEDEMOSECRET2026 \
    -Dmarket.vietqr.bank-bin=970436 -Dmarket.vietqr.account-number=0011001234567 \
    -Dmarket.vietqr.account-name=LANGNGHEMARKET -Dmarket.vietqr.bank-name=Vietcombank \
    -Dmarket.vietqr.webhook-secret=LANGNGHEDEMOBANK2026 \
    -Dmarket.stripe.secret-key=sk_test_langnghe_demo_2026 -Dmarket.stripe.publishable-key=pk_test_langnghe_demo_2026 \
    -Dmarket.stripe.webhook-secrets=whsec_langnghe_demo_2026 \
    -Dmarket.zalo.enabled=true -Dmarket.zalo.template.QUESTION_ASKED=zns-question-asked \
    -Dmarket.zalo.template.QUESTION_ANSWERED=zns-question-answered \
    -Dmarket.zalo.template.ORDER_MESSAGE=zns-order-message
}

# the two application nodes: the database through HAProxy, SolrCloud, and every gateway and the
# carrier at the simulators' WildFly (their state must outlive either node)
wildfly_node_args() {
  echo -Dmarket.db.url=jdbc:mysql://127.0.0.1:$DB_FRONT_PORT/market -Dmarket.solr.zk-hosts=$ZK_HOSTS \
    -Dmarket.solr.shards=1 -Dmarket.solr.replicas=2 \
    -Dmarket.demo.enabled=true -Dmarket.demo.sales-history=false \
    -Dmarket.vnpay.pay-url=$SIM_URL/sandbox/vnpay.html \
    -Dmarket.vnpay.api-url=$SIM_URL/api/sandbox/vnpay/merchant_webapi/api/transaction \
    -Dmarket.stripe.api-url=$SIM_URL/api/sandbox/stripe \
    -Dmarket.shipping.ghn.api-url=$SIM_URL/api/sandbox/ghn -Dmarket.shipping.ghn.token=langnghe-demo-ghn-token-2026 \
    -Dmarket.shipping.ghn.shop-id=885001 -Dmarket.shipping.ghn.webhook-secret=langnghe-demo-ghn-webhook-2026 \
    -Dmarket.zalo.url=$SIM_URL/api/sandbox/zalo -Dmarket.zalo.access-token=langnghe-demo-zalo-oa-token-2026
}

# The simulators' WildFly runs the same war with its own empty database (market_sim) and no
# demo, so its periodic jobs find no work; their intervals are stretched to keep it quiet.
wildfly_sim_args() {
  echo -Dmarket.db.url=jdbc:mysql://127.0.0.1:$DB_FRONT_PORT/market_sim -Dmarket.solr.url=http://127.0.0.1:9/solr/none \
    -Dmarket.demo.enabled=false -Dmarket.payouts.schedule=off -Dmarket.search.drain-interval-ms=60000 \
    -Dmarket.notifications.drain-interval=PT1M -Dmarket.payments.reconcile-every=PT1H \
    -Dmarket.payments.refund-every=PT1H -Dmarket.returns.sweep-every=PT1H -Dmarket.images.backfill-interval=PT1H
}

start_wildfly() { # $1 name (node1, node2, sim), $2 port offset, $3 heap, rest: system properties
  local name=$1 offset=$2 heap=$3; shift 3
  local jboss base
  jboss=$(wildfly_home)
  base="$CLUSTER_HOME/wildfly/$name"
  alive "$name" && { log "$name already runs"; return; }
  # a base of its own, copied from the server the build configured (not the one tests use in place)
  mkdir -p "$base/configuration" "$base/deployments" "$base/log"
  rm -f "$base/wildfly.pid"
  cp "$jboss"/standalone/configuration/*.xml "$jboss"/standalone/configuration/*.properties "$base/configuration/"
  rm -rf "$base/tmp" "$base/data/content" "$base/deployments/"market.war.*
  cp "$ROOT/target/market.war" "$base/deployments/market.war"
  # the first node loads the demo catalogue inside its deployment: minutes on a busy machine,
  # past WildFly's default limits (300 s for the boot, 600 s for a deployment)
  sed -i 's/<deployment-scanner path="deployments"/<deployment-scanner deployment-timeout="3600" path="deployments"/' \
    "$base/configuration/standalone-microprofile.xml"
  # the rate limits count per client address; every bench client is 127.0.0.1
  local limits=() key
  for key in SIGN_IN REGISTRATION UPLOAD PAYMENT_CALLBACK CART CHECKOUT_QUOTE; do
    eval "[ -n \"\${MARKET_RATE_LIMIT_$key:-}\" ]" || limits+=("MARKET_RATE_LIMIT_$key=1000000/PT1M")
  done
  # shellcheck disable=SC2046
  env "${limits[@]}" JBOSS_PIDFILE="$base/wildfly.pid" LAUNCH_JBOSS_IN_BACKGROUND=true \
    JBOSS_JAVA_SIZING="-Xms256m -Xmx$heap -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m" \
    setsid "$jboss/bin/standalone.sh" -c standalone-microprofile.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.node.name="$name" -Djboss.tx.node.id="$name" -Djboss.as.management.blocking.timeout=3600 "$@" \
    >"$base/log/console.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "$name.sh")"
  local i
  for ((i = 0; i < 120; i++)); do [ -s "$base/wildfly.pid" ] && break; sleep 0.5; done
  if [ ! -s "$base/wildfly.pid" ]; then
    # no JVM pid to watch: the wrapper goes too rather than run on unseen
    stop_pid "$name.sh" 30
    die "$name wrote no $base/wildfly.pid in 60 s (see $base/log/console.log)"
  fi
  cp "$base/wildfly.pid" "$(pidfile "$name")"
}

stop_wildfly() { # $1 name: the JVM, then standalone.sh around it (it ends with the JVM, or is made to)
  stop_pid "$1" 120
  stop_pid "$1.sh" 30
}

wait_ready() { # $1 name, $2 offset
  wait_url "$1" "http://127.0.0.1:$((9990 + $2))/health/ready" "$CLUSTER_HOME/wildfly/$1/log/server.log"
}

start_node() { # $1 1|2
  local n=$1
  # shellcheck disable=SC2046
  start_wildfly "node$n" "${NODE_OFFSETS[$n]}" "${NODE_HEAP:-1g}" $(wildfly_common_args) $(wildfly_node_args)
  wait_ready "node$n" "${NODE_OFFSETS[$n]}"
}

start_sim() {
  # shellcheck disable=SC2046
  start_wildfly sim $SIM_OFFSET 512m $(wildfly_common_args) $(wildfly_sim_args)
  wait_ready sim $SIM_OFFSET
}

admin_token() { # $1: base URL (the front unless given)
  curl -fs -XPOST -H 'content-type: application/json' \
    -d "{\"email\":\"admin@demo.langnghe.vn\",\"password\":\"$DEMO_PASSWORD\"}" "${1:-$FRONT_URL}/api/auth/login" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# The simulators' WildFly has its own database without the demo: the demo admin's account row
# (its PBKDF2 hash included) is copied there, so that the fault switches, which only an
# administrator may throw, take the same sign-in at SIM_URL.
seed_sim_admin() {
  galera_sql "$(galera_running_peer)" <<'SQL'
INSERT IGNORE INTO market_sim.account (email, display_name, password_hash, roles, created_at)
  SELECT email, display_name, password_hash, roles, created_at FROM market.account
  WHERE email = 'admin@demo.langnghe.vn';
SQL
  [ -n "$(admin_token "$SIM_URL")" ] || die "cannot sign in as the demo admin at $SIM_URL"
  log "demo admin can sign in at the simulators ($SIM_URL)"
}

# The demo catalogue is loaded by the first node to start; the admin account comes last, so
# signing in as admin means the load is complete and the second node will find it there.
wait_demo_loaded() {
  local i
  for ((i = 0; i < READY_SECONDS; i++)); do
    [ -n "$(admin_token)" ] && { log "demo catalogue loaded"; return; }
    sleep 2
  done
  die "the demo catalogue did not load (see $CLUSTER_HOME/wildfly/node1/log/server.log)"
}

# A reindex runs on the node that took the request and only that node knows its state, so both
# go to node 1 directly. Creating the collection can exceed market.solr.timeout-ms (3 s) on a
# busy machine: the attempt fails cleanly and is made again.
reindex() {
  local node=http://127.0.0.1:$((8080 + NODE_OFFSETS[1])) token state attempt i
  token=$(admin_token "$node")
  [ -n "$token" ] || die "cannot sign in as the demo admin at $node"
  for attempt in 1 2 3; do
    curl -fs -XPOST -H "Authorization: Bearer $token" "$node/api/admin/search/reindex" >/dev/null \
      || die "reindex refused"
    for ((i = 0; i < READY_SECONDS; i++)); do
      state=$(curl -fs -H "Authorization: Bearer $token" "$node/api/admin/search/reindex" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
      [ "$state" = DONE ] && { log "reindexed into SolrCloud"; return; }
      [ "$state" = FAILED ] && { log "reindex attempt $attempt failed; again"; break; }
      sleep 2
    done
  done
  die "reindex did not succeed (see $CLUSTER_HOME/wildfly/node1/log/server.log)"
}

# ---------------------------------------------------------------------------------------------
# cluster.env and status

write_env() {
  local f="$CLUSTER_HOME/cluster.env"
  cat >"$f.tmp" <<EOF
# written by bench/cluster.sh; pids change when a part is started again (rewritten then)
CLUSTER_HOME=$CLUSTER_HOME
FRONT_URL=$FRONT_URL
STATS_URL=http://127.0.0.1:$STATS_PORT/stats
HAPROXY_SOCKET=$CLUSTER_HOME/haproxy/admin.sock
HAPROXY_PID=$(pid_of haproxy)
NODE1_URL=http://127.0.0.1:$((8080 + NODE_OFFSETS[1]))
NODE2_URL=http://127.0.0.1:$((8080 + NODE_OFFSETS[2]))
NODE1_MGMT=http://127.0.0.1:$((9990 + NODE_OFFSETS[1]))
NODE2_MGMT=http://127.0.0.1:$((9990 + NODE_OFFSETS[2]))
NODE1_PID=$(pid_of node1)
NODE2_PID=$(pid_of node2)
NODE1_LOG=$CLUSTER_HOME/wildfly/node1/log/server.log
NODE2_LOG=$CLUSTER_HOME/wildfly/node2/log/server.log
DB_WRITER_URL=jdbc:mysql://127.0.0.1:$DB_FRONT_PORT/market
DB_WRITER_HOST=127.0.0.1
DB_WRITER_PORT=$DB_FRONT_PORT
DB_USER=market
DB_PASSWORD=market
DB_NAME=market
GALERA_PORTS=${GALERA_PORTS[1]},${GALERA_PORTS[2]},${GALERA_PORTS[3]}
GALERA1_PID=$(pid_of galera1)
GALERA2_PID=$(pid_of galera2)
GALERA3_PID=$(pid_of galera3)
ZK_HOSTS=$ZK_HOSTS
ZOOKEEPER_PID=$(pid_of zookeeper)
SOLR_NODES=http://127.0.0.1:${SOLR_PORTS[1]}/solr,http://127.0.0.1:${SOLR_PORTS[2]}/solr
SOLR1_PID=$(pid_of solr1)
SOLR2_PID=$(pid_of solr2)
SOLR_PIDS=$(pid_of solr1),$(pid_of solr2)
MAIL_DIR=$CLUSTER_HOME/mail
MAIL_SMTP=127.0.0.1:$SMTP_PORT
MAIL_PID=$(pid_of mail)
SIM_URL=$SIM_URL
SIM_MGMT=http://127.0.0.1:$((9990 + SIM_OFFSET))
SIM_PID=$(pid_of sim)
DEMO_PASSWORD='$DEMO_PASSWORD'
EOF
  mv "$f.tmp" "$f"
}

status() {
  local part state rc=0
  for part in galera1 galera2 galera3 haproxy zookeeper solr1 solr2 mail sim node1 node2; do
    if alive "$part"; then state="up (pid $(pid_of "$part"))"; else state=down; rc=1; fi
    case $part in
      galera*) alive "$part" && state="$state, $(galera_state "${part#galera}")" ;;
      node1) curl -fs -o /dev/null "http://127.0.0.1:$((9990 + NODE_OFFSETS[1]))/health/ready" && state="$state, ready" ;;
      node2) curl -fs -o /dev/null "http://127.0.0.1:$((9990 + NODE_OFFSETS[2]))/health/ready" && state="$state, ready" ;;
      sim) curl -fs -o /dev/null "http://127.0.0.1:$((9990 + SIM_OFFSET))/health/ready" && state="$state, ready" ;;
    esac
    printf '%-10s %s\n' "$part" "$state"
  done
  if alive haproxy; then
    echo "haproxy servers (stats :$STATS_PORT/stats):"
    curl -fs "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '$2!="FRONTEND" && $2!="BACKEND" && $1!="stats" && $1!~/^#/ {printf "  %-14s %-8s %s\n", $1, $2, $18}'
  fi
  return $rc
}

# ---------------------------------------------------------------------------------------------

PARTS=(galera1 galera2 galera3 haproxy zookeeper solr1 solr2 mail node1 node2 sim)

# `up` failing half-way stops the parts this invocation started (those already running before
# are left as they were) and says what is still up
up_failed() {
  local rc=$? part i
  trap - EXIT
  [ "$rc" = 0 ] && return
  log "up failed: stopping what it started"
  for ((i = ${#PARTS[@]} - 1; i >= 0; i--)); do
    part=${PARTS[i]}
    [[ " $running_before " == *" $part "* ]] && continue
    case $part in
      node* | sim) stop_wildfly "$part" ;;
      galera*) stop_galera "${part#galera}" ;;
      *) stop_pid "$part" 60 ;;
    esac
  done
  leftovers || echo "stop them with: bash bench/cluster.sh down"
  exit "$rc"
}

up() {
  local started=$SECONDS part
  mkdir -p "$CLUSTER_HOME/pids"
  running_before=" "
  for part in "${PARTS[@]}"; do alive "$part" && running_before+="$part "; done
  trap up_failed EXIT
  trap 'exit 130' INT TERM
  ensure_packages
  ensure_build
  local n
  if ! alive galera1 && ! alive galera2 && ! alive galera3; then
    start_galera "$(galera_bootstrap_node)" bootstrap
  fi
  for n in 1 2 3; do start_galera "$n"; done
  wait_cluster_size
  galera_prepare_schema "$(galera_running_peer)"
  start_haproxy
  wait_db_front
  start_zookeeper
  start_solr 1
  start_solr 2
  start_mail
  write_env
  # the first node migrates the schema (Flyway) and loads the demo; the second starts after
  start_node 1
  wait_demo_loaded
  start_node 2
  start_sim
  seed_sim_admin
  write_env
  reindex
  trap - EXIT INT TERM
  log "cluster up in $((SECONDS - started)) s: $FRONT_URL (env: $CLUSTER_HOME/cluster.env)"
}

down() {
  local part
  for part in node1 node2 sim; do stop_wildfly "$part"; done
  for part in haproxy mail solr1 solr2 zookeeper; do stop_pid "$part" 60; done
  # the last Galera node to stop marks itself safe to bootstrap from; node 1 goes last
  stop_galera 3; stop_galera 2; stop_galera 1
  leftovers
}

# nothing of ours may survive `down`: no process under CLUSTER_HOME and no listener on our ports
leftovers() {
  local ports procs
  ports=$(ss -Htlnp 2>/dev/null | awk '{print $4}' | grep -E ":($FRONT_PORT|$STATS_PORT|$DB_FRONT_PORT|333[123]|457[123]|458[123]|444[123]|$ZK_PORT|${SOLR_PORTS[1]}|${SOLR_PORTS[2]}|$SMTP_PORT|10080|11990|10180|12090|10280|12190)\$" || true)
  procs=$(pgrep -af -- "$CLUSTER_HOME" | grep -v -e "pgrep" -e "cluster.sh" || true)
  if [ -n "$ports$procs" ]; then
    echo "left running:"; echo "$ports"; echo "$procs"; return 1
  fi
  log "down: no process and no port of the cluster left"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  restart-node) [[ "${2:-}" =~ ^[12]$ ]] || die "restart-node 1|2"; stop_wildfly "node$2"; start_node "$2"; write_env ;;
  stop-node) [[ "${2:-}" =~ ^[12]$ ]] || die "stop-node 1|2"; stop_wildfly "node$2"; write_env ;;
  start-galera) [[ "${2:-}" =~ ^[123]$ ]] || die "start-galera 1|2|3"; start_galera "$2"; write_env ;;
  stop-galera) [[ "${2:-}" =~ ^[123]$ ]] || die "stop-galera 1|2|3"; stop_galera "$2"; write_env ;;
  start-solr) [[ "${2:-}" =~ ^[12]$ ]] || die "start-solr 1|2"; start_solr "$2"; write_env ;;
  stop-solr) [[ "${2:-}" =~ ^[12]$ ]] || die "stop-solr 1|2"; stop_pid "solr$2" 60; write_env ;;
  start-mail) start_mail; write_env ;;
  stop-mail) stop_pid mail 30; write_env ;;
  reindex) reindex ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
