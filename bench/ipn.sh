#!/usr/bin/env bash
# Benchmark: VNPay IPN handling, signature checks on. ORDERS pending orders (one shop, one line,
# a pending VNPay payment each) are generated in the database; then THREADS concurrent callers
# send (1) forged IPNs (answered 97: the signature check alone), (2) each order's genuine IPN once
# (answered 00: verify, store the event, lock the order, settle, sell the stock, ledger, mail
# outbox), (3) every IPN again, as VNPay repeats (answered 02: verify, store, find it settled).
#
#   bash bench/ipn.sh                 # ORDERS=3000 THREADS=20
#
# Needs: JDK 17, Maven, curl, bc and the mariadb client. Client, WildFly and MariaDB share this
# machine's cores, so the figures are a floor.
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${ORDERS:-3000}
THREADS=${THREADS:-20}
. bench/common.sh
bench_prepare bench-ipn-home
bench_start

echo "generating $ORDERS orders awaiting a VNPay payment …"
db <<SQL
INSERT INTO product (slug, shop_id, title, description, category_id, village_id, material,
                     ocop_stars, status, created_at, updated_at, version)
SELECT CONCAT('bench-ipn-', seq), (SELECT MIN(id) FROM shop WHERE status = 'APPROVED'),
       CONCAT('Sản phẩm đo tải IPN số ', seq), '<p>Sinh ra cho đo hiệu năng IPN.</p>', 2, 1,
       'Bạc 92.5', 0, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1
FROM seq_1_to_100;
INSERT INTO variant (sku, product_id, options_json, price_vnd, on_hand, reserved, retired, position, weight_grams)
SELECT CONCAT('IPN-', p.id), p.id, '{}', 250000, 1000000, 1000000, FALSE, 0, 300
FROM product p WHERE p.slug LIKE 'bench-ipn-%';
INSERT INTO customer_order (number, buyer_account_id, status, recipient_name, recipient_phone,
       address_line, commune_code, commune_name, province_name, payment_method, items_total_vnd,
       shipping_total_vnd, total_vnd, created_at, payment_due_at, version)
SELECT CONCAT('LNBENCH-', LPAD(seq, 8, '0')), (SELECT id FROM account WHERE email = 'shopper@demo.langnghe.vn'),
       'PENDING_PAYMENT', 'Nguyễn Thị Hoa', '0912345678', 'Số 5, thôn Đồng Xâm', '13093',
       'Xã Trà Giang', 'Tỉnh Hưng Yên', 'VNPAY', 250000, 22000, 272000, UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6) + INTERVAL 1 DAY, 0
FROM seq_1_to_${ORDERS};
INSERT INTO shop_order (order_id, shop_id, shop_name, status, items_total_vnd, shipping_vnd,
       weight_grams, updated_at, version)
SELECT o.id, s.id, s.name, 'PENDING_PAYMENT', 250000, 22000, 300, UTC_TIMESTAMP(6), 0
FROM customer_order o JOIN shop s ON s.id = (SELECT MIN(id) FROM shop WHERE status = 'APPROVED')
WHERE o.number LIKE 'LNBENCH-%';
INSERT INTO order_line (shop_order_id, variant_id, product_id, sku, title, options_text,
       unit_price_vnd, quantity, line_total_vnd)
SELECT so.id, v.id, v.product_id, v.sku, 'Sản phẩm đo tải IPN', '', 250000, 1, 250000
FROM shop_order so
JOIN customer_order o ON o.id = so.order_id AND o.number LIKE 'LNBENCH-%'
JOIN variant v ON v.sku = CONCAT('IPN-', (SELECT MIN(id) FROM product WHERE slug LIKE 'bench-ipn-%') + so.id % 100);
INSERT INTO payment (order_id, method, amount_vnd, status, reference, shopper_ip, created_at,
       expires_at, version)
SELECT id, 'VNPAY', total_vnd, 'PENDING', CONCAT(number, '-1'), '127.0.0.1', created_at, payment_due_at, 0
FROM customer_order WHERE number LIKE 'LNBENCH-%';
SQL

mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.langnghe.market.payment.IpnBench \
  -Dexec.args="http://localhost:8080 jdbc:mysql://127.0.0.1:$MARKET_EMBEDDED_DB_PORT/market market market $THREADS LANGNGHEDEMOSECRET2026"
echo "orders paid: $(db -N -e "SELECT COUNT(*) FROM customer_order WHERE number LIKE 'LNBENCH-%' AND status = 'PAID'") of $ORDERS"
echo "IPN events stored: $(db -N -e "SELECT COUNT(*) FROM payment_event")"
