-- A checkout quote no longer has rows: its figures travel in the quote id, sealed with an
-- HMAC-SHA256 key. The key below is drawn at random once, here, so every node sharing this
-- database seals and opens with the same key without any configuration
-- (market.checkout.quote-keys overrides it). A quote is charged once: the order that charges it
-- keeps the quote's seal in a unique column, checked by the order's own insert (compared byte for
-- byte: seals differing only in case are different quotes).
--
-- Expand only: checkout_quote, checkout_quote_line and checkout_quote_shop stay, because a node
-- still running the previous release quotes into them during a rolling upgrade. This release
-- neither reads nor writes them; a later migration drops them once no node runs that release
-- (docs/architecture.md).
CREATE TABLE quote_signing_key (
  id          TINYINT       NOT NULL PRIMARY KEY,
  secret      VARBINARY(64) NOT NULL,
  created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB;

INSERT INTO quote_signing_key (id, secret, created_at) VALUES (1, RANDOM_BYTES(32), UTC_TIMESTAMP(6));

ALTER TABLE customer_order
  ADD COLUMN quote_ref VARCHAR(43) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD UNIQUE KEY uk_order_quote (quote_ref);
