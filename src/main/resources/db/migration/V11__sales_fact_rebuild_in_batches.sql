-- The facts rebuild runs in short transactions (a batch of orders, then one day or month at a
-- time) instead of one that held every payment off for minutes. While it runs, the guard row says
-- which orders it has already read (rebuilt_upto, an order id; NULL when no rebuild runs): a
-- payment or refund of such an order adds its facts to the rebuild's tables as well as to the
-- kept ones, so the rebuilt facts miss nothing and count nothing twice. rebuild_id names the
-- rebuild that runs; a newer one supersedes it, and the older one stops at its next step.
ALTER TABLE sales_fact_guard
  ADD COLUMN rebuild_id BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN rebuilt_upto BIGINT NULL;
