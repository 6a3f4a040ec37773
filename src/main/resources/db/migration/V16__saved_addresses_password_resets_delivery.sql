-- A shopper's address book: several delivery addresses, exactly one of them the default.
-- The default is kept unique by default_owner, which holds the owner only on the default row
-- (NULL elsewhere, and NULLs do not collide in a unique key).
CREATE TABLE saved_address (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id       BIGINT       NOT NULL,
  recipient_name   VARCHAR(100) NOT NULL,
  phone            VARCHAR(20)  NOT NULL,
  address_line     VARCHAR(200) NOT NULL,
  commune_code     VARCHAR(10)  NOT NULL,
  default_owner    BIGINT       NULL,
  created_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  KEY ix_saved_address_account (account_id, id),
  UNIQUE KEY uk_saved_address_default (default_owner),
  CONSTRAINT fk_saved_address_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A forgotten password's e-mailed link: only the SHA-256 of its token is kept; used once.
CREATE TABLE password_reset (
  token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
  account_id   BIGINT      NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  used_at      DATETIME(6) NULL,
  KEY ix_password_reset_account (account_id),
  CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- When the order's last live part was delivered: the order completes on the shopper's word, or
-- by itself a while after this.
ALTER TABLE customer_order ADD COLUMN delivered_at DATETIME(6) NULL AFTER paid_at,
  ADD KEY ix_order_delivered (status, delivered_at);
