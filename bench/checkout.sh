#!/usr/bin/env bash
# Benchmark: checkout throughput (orders/s) and latency with 20 concurrent shoppers, each order
# two items from two shops; side by side in the same run with a plain-JDBC baseline doing the
# same reads, conditional stock updates and inserts straight against the same MariaDB.
#
#   bash bench/checkout.sh                # DURATION=45 (seconds, each side, in 3 turns) SHOPPERS=20
#   QUOTE=0 bash bench/checkout.sh        # the API side checks out straight away, without asking for
#                                         # a quote first (default QUOTE=1: quote, then the checkout
#                                         # naming it). Either way the shoppers live all over Vietnam
#                                         # and GHN's simulator prices each shop's parcel over loopback
#   DESTINATIONS=20 bash bench/checkout.sh  # shoppers in the first 20 communes only (default: all 3,321)
#   WARMUP=300 bash bench/checkout.sh     # warm-up seconds of the API side (default 240), in turns
#                                         # of 20 s API and 10 s JDBC, each turn printed
#   JFR=/tmp/checkout.jfr bash bench/checkout.sh   # also keeps WildFly's CPU samples (JFR) of the measured turns
#   PROFILE=/tmp/checkout.collapsed bash bench/checkout.sh   # async-profiler's samples of them instead (denser)
#
# Needs: JDK 17, Maven, curl, bc and the mariadb client. Client, WildFly and MariaDB share this
# machine's cores, so the figures are a floor.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-45}
QUOTE=${QUOTE:-1}
SHOPPERS=${SHOPPERS:-20}
# WARMUP: see CheckoutBench's warm-up turns
WARMUP=${WARMUP:-240}
. bench/common.sh
bench_prepare bench-checkout-home
# Nobody pays the bench's orders: from 5 min on, the payment reconciliation would ask the VNPay
# simulator (in the same WildFly) about every order still pending, once a minute each, more work
# than the checkouts themselves and no part of them. The bench keeps it out of its minutes.
export MARKET_PAYMENTS_RECONCILE_AFTER=${MARKET_PAYMENTS_RECONCILE_AFTER:-PT1H}
bench_start

echo "generating 200 products with deep stock across the approved shops …"
db <<SQL
INSERT INTO product (slug, shop_id, title, description, category_id, village_id, material,
                     ocop_stars, status, created_at, updated_at, version)
SELECT CONCAT('bench-checkout-', seq), shops.id, CONCAT('Sản phẩm đo tải số ', seq),
       '<p>Sản phẩm sinh ra cho đo hiệu năng thanh toán.</p>', 2 + seq % 15, 1 + seq % 9, 'Bạc 92.5',
       0, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1
FROM seq_1_to_200
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM shop WHERE status = 'APPROVED') shops
  ON shops.n = seq % (SELECT COUNT(*) FROM shop WHERE status = 'APPROVED');
INSERT INTO variant (sku, product_id, options_json, price_vnd, on_hand, reserved, retired, position, weight_grams)
SELECT CONCAT('CB-', p.id), p.id, '{}', (100 + p.id % 900) * 1000, 1000000, 0, FALSE, 0, 300
FROM product p WHERE p.slug LIKE 'bench-checkout-%';
SQL

# the server's and the database's processes, so the bench can tell their CPU time per order
# this checkout's WildFly (a test run elsewhere on the machine may have one too)
wildfly=$(jcmd -l | awk -v mine="$PWD/target/" 'index($0, mine) && /jboss-modules/ {print $1; exit}')
mariadbd=$(ss -Hltnp "sport = :$MARKET_EMBEDDED_DB_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
watched="${wildfly:+server=$wildfly} ${mariadbd:+database=$mariadbd}"
out="$MARKET_HOME/bench.out"
if [ -n "${JFR:-}" ] || [ -n "${PROFILE:-}" ]; then
  # the samples kept are those from the last warm-up turn's line on: the measured turns
  ( last=$(( (WARMUP + 19) / 20 ))
    until [ "$last" = 0 ] || grep -q "warm-up $last:" "$out" 2>/dev/null; do sleep 1; done
    if [ -n "${JFR:-}" ]; then jfr_mark; fi
    if [ -n "${PROFILE:-}" ]; then profile_begin "$wildfly"; fi ) &
fi

# the same connection settings as the server's datasource: no TLS on loopback (as the run
# command's URL says), statements prepared once and kept per connection
mvn -B -q -o exec:java -Dbench.quote=$([ "$QUOTE" = 1 ] && echo true || echo false) -Dbench.destinations=${DESTINATIONS:-0} -Dexec.classpathScope=test -Dexec.mainClass=vn.langnghe.market.ordering.CheckoutBench \
  -Dexec.args="http://localhost:8080 jdbc:mysql://127.0.0.1:$MARKET_EMBEDDED_DB_PORT/market?sslMode=DISABLED&allowPublicKeyRetrieval=true&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=4096&rewriteBatchedStatements=true market market $DURATION $SHOPPERS $WARMUP $watched" | tee "$out"
if [ -n "${JFR:-}" ]; then jfr_keep "$wildfly"; fi
if [ -n "${PROFILE:-}" ]; then profile_end "$wildfly"; fi
echo "orders placed: $(db -N -e 'SELECT COUNT(*) FROM customer_order')"
