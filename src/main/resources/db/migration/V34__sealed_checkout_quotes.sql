-- A checkout quote no longer has rows: its figures travel in the quote id, sealed with an
-- HMAC-SHA256 key. The key below is drawn at random once, here, so every node sharing this
-- database seals and opens with the same key without any configuration
-- (market.checkout.quote-keys overrides it). A quote is charged once: the order that charges it
-- keeps the quote's seal in a unique column, checked by the order's own insert.
CREATE TABLE quote_signing_key (
  id          TINYINT       NOT NULL PRIMARY KEY,
  secret      VARBINARY(64) NOT NULL,
  created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB;

INSERT INTO quote_signing_key (id, secret, created_at) VALUES (1, RANDOM_BYTES(32), UTC_TIMESTAMP(6));

ALTER TABLE customer_order
  ADD COLUMN quote_ref VARCHAR(43) NULL,
  ADD UNIQUE KEY uk_order_quote (quote_ref);

DROP TABLE checkout_quote_shop;
DROP TABLE checkout_quote_line;
DROP TABLE checkout_quote;
