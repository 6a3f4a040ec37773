-- Sales facts for the trade office: kept in step with the money by ordering's transitions (payment,
-- cancellation after payment), so that reports never scan the order tables.
--
-- Grain: one row per Vietnam day × commune × craft village × category × shop × payment method.
-- commune_code is the seller's place (the commune of the shop's craft village), not the buyer's;
-- '' when the shop has no village, and village_id 0 then. category_id 0: a product without one.
-- A shop order's lines go to their products' categories; its shipping goes with its first line
-- (lowest line id), and so does its count in orders: summing orders over any rows never counts
-- a shop order twice. Sales (orders, items, gross_vnd) are on the day the order was paid;
-- refunds (refunded_orders, refunds_vnd) on the day the part was cancelled after payment, when the
-- refund becomes due, in the same rows (shop, category, method) as the sale they give back.
CREATE TABLE sales_fact (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  day              DATE         NOT NULL,
  commune_code     VARCHAR(10)  NOT NULL,
  village_id       BIGINT       NOT NULL,
  category_id      BIGINT       NOT NULL,
  shop_id          BIGINT       NOT NULL,
  payment_method   VARCHAR(10)  NOT NULL,
  orders           INT          NOT NULL DEFAULT 0,
  items            INT          NOT NULL DEFAULT 0,
  gross_vnd        BIGINT       NOT NULL DEFAULT 0,
  refunded_orders  INT          NOT NULL DEFAULT 0,
  refunds_vnd      BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_sales_fact (day, commune_code, village_id, category_id, shop_id, payment_method),
  KEY ix_sales_fact_shop (shop_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Product grain, for the top products: the same dimensions without the payment method, plus the
-- product. Goods only: shipping belongs to no product. orders: shop orders with the product.
CREATE TABLE product_sales_fact (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  day              DATE         NOT NULL,
  commune_code     VARCHAR(10)  NOT NULL,
  village_id       BIGINT       NOT NULL,
  category_id      BIGINT       NOT NULL,
  shop_id          BIGINT       NOT NULL,
  product_id       BIGINT       NOT NULL,
  orders           INT          NOT NULL DEFAULT 0,
  items            INT          NOT NULL DEFAULT 0,
  gross_vnd        BIGINT       NOT NULL DEFAULT 0,
  refunded_orders  INT          NOT NULL DEFAULT 0,
  refunds_vnd      BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_product_sales_fact (day, commune_code, village_id, category_id, shop_id, product_id),
  KEY ix_product_sales_fact_product (product_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Where a rebuild computes the facts from the orders before comparing them with the kept ones.
-- Orders paid before this migration get their facts from the first rebuild (see README).
CREATE TABLE sales_fact_rebuild LIKE sales_fact;
CREATE TABLE product_sales_fact_rebuild LIKE product_sales_fact;

-- One row: every fact write takes it shared (writers never wait for each other), a rebuild takes
-- it exclusively, so no payment commits facts between the rebuild's reading and its replacing.
CREATE TABLE sales_fact_guard (
  id  INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO sales_fact_guard (id) VALUES (1);

-- Every read of shop-level figures by the trade office: who, when, what and with which parameters.
CREATE TABLE report_access_log (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id   BIGINT        NOT NULL,
  accessed_at  DATETIME(6)   NOT NULL,
  endpoint     VARCHAR(100)  NOT NULL,
  parameters   VARCHAR(1000) NOT NULL,
  KEY ix_report_access_log_account (account_id, accessed_at),
  CONSTRAINT fk_report_access_log_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
