-- Monthly roll-up of the sales facts: the same rows with the Vietnam month (its first day) in
-- place of the day. A report reads the whole months of its period here and only the days at its
-- edges from the daily facts: a year is twelve roll-up months instead of 365 days of rows, which
-- barely compress when trade is spread over many shops, categories and methods.
-- Written in the same transaction as the daily facts (SalesFacts), rebuilt with them, and always
-- the sum of their days: month = the day's Vietnam month, never the UTC one.

-- The daily facts clustered by their natural key, day first: a period's days are then read as
-- one contiguous range, with no lookup from a secondary index to the row for every fact.
ALTER TABLE sales_fact DROP COLUMN id, DROP KEY uk_sales_fact,
  ADD PRIMARY KEY (day, commune_code, village_id, category_id, shop_id, payment_method);
ALTER TABLE product_sales_fact DROP COLUMN id, DROP KEY uk_product_sales_fact,
  ADD PRIMARY KEY (day, commune_code, village_id, category_id, shop_id, product_id);

-- The same columns and key, month (its first day) in place of day.
CREATE TABLE sales_month_fact LIKE sales_fact;
ALTER TABLE sales_month_fact CHANGE day month DATE NOT NULL,
  DROP KEY ix_sales_fact_shop, ADD KEY ix_sales_month_fact_shop (shop_id, month);
CREATE TABLE product_sales_month_fact LIKE product_sales_fact;
ALTER TABLE product_sales_month_fact CHANGE day month DATE NOT NULL,
  DROP KEY ix_product_sales_fact_product, ADD KEY ix_product_sales_month_fact_product (product_id, month);

-- The roll-up starts as the sum of the daily facts kept so far; from here on both move together.
INSERT INTO sales_month_fact (month, commune_code, village_id, category_id, shop_id, payment_method,
    orders, items, gross_vnd, refunded_orders, refunds_vnd)
SELECT day - INTERVAL (DAYOFMONTH(day) - 1) DAY, commune_code, village_id, category_id, shop_id, payment_method,
    SUM(orders), SUM(items), SUM(gross_vnd), SUM(refunded_orders), SUM(refunds_vnd)
FROM sales_fact GROUP BY 1, commune_code, village_id, category_id, shop_id, payment_method;
INSERT INTO product_sales_month_fact (month, commune_code, village_id, category_id, shop_id, product_id,
    orders, items, gross_vnd, refunded_orders, refunds_vnd)
SELECT day - INTERVAL (DAYOFMONTH(day) - 1) DAY, commune_code, village_id, category_id, shop_id, product_id,
    SUM(orders), SUM(items), SUM(gross_vnd), SUM(refunded_orders), SUM(refunds_vnd)
FROM product_sales_fact GROUP BY 1, commune_code, village_id, category_id, shop_id, product_id;

-- The rebuild's scratch tables keep the shape of the tables they stand for.
DROP TABLE sales_fact_rebuild, product_sales_fact_rebuild;
CREATE TABLE sales_fact_rebuild LIKE sales_fact;
CREATE TABLE product_sales_fact_rebuild LIKE product_sales_fact;
CREATE TABLE sales_month_fact_rebuild LIKE sales_month_fact;
CREATE TABLE product_sales_month_fact_rebuild LIKE product_sales_month_fact;

-- The overview's share of OCOP products listed reads every product on sale created before the
-- period's end: with these columns in the index it reads the index alone, not each product's row.
ALTER TABLE product DROP KEY ix_product_status_created,
  ADD KEY ix_product_status_created (status, created_at, shop_id, category_id, ocop_stars);
