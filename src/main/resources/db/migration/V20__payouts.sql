-- Payouts: what each shop is owed, where it is paid, and the runs that pay it.

-- One row per ledger line, in the payouts' own terms: the line's net for the shop, when its
-- part was delivered (the return window counts from then), and the payout line that took it.
-- pending = not delivered, or delivered inside the return window; available = past the window,
-- not held, in no payout line; paid out = in a payout line that was not rejected.
CREATE TABLE payout_earning (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ledger_entry_id  BIGINT      NOT NULL,
  shop_id          BIGINT      NOT NULL,
  shop_order_id    BIGINT      NOT NULL,
  net_vnd          BIGINT      NOT NULL,
  entered_at       DATETIME(6) NOT NULL,
  delivered_at     DATETIME(6) NULL,
  payout_line_id   BIGINT      NULL,
  UNIQUE KEY uk_payout_earning_entry (ledger_entry_id),
  KEY ix_payout_earning_shop (shop_id, payout_line_id, delivered_at),
  KEY ix_payout_earning_part (shop_order_id),
  KEY ix_payout_earning_line (payout_line_id),
  CONSTRAINT fk_payout_earning_entry FOREIGN KEY (ledger_entry_id) REFERENCES ledger_entry (id),
  CONSTRAINT fk_payout_earning_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- When a shop order was delivered, kept for ledger lines written after it (a COD sale is
-- written when the carrier remits, days after the delivery).
CREATE TABLE payout_delivery (
  shop_order_id  BIGINT      NOT NULL PRIMARY KEY,
  delivered_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A shop order whose money is on hold (an open return or dispute); the row goes when it ends.
CREATE TABLE payout_hold (
  shop_order_id  BIGINT       NOT NULL PRIMARY KEY,
  reason         VARCHAR(300) NOT NULL,
  held_at        DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A shop's receiving bank account. Every change is a new row; the one before is REPLACED.
-- A row is paid to only when ACTIVE and usable_from has passed (a change waits out the
-- cooling-off period). AWAITING_APPROVAL: the holder name differs from the owner's name.
CREATE TABLE payout_account (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shop_id          BIGINT       NOT NULL,
  bank_bin         CHAR(6)      NOT NULL,
  account_number   VARCHAR(19)  NOT NULL,
  account_name     VARCHAR(70)  NOT NULL,
  name_matches     BOOLEAN      NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       BIGINT       NOT NULL,
  usable_from      DATETIME(6)  NOT NULL,
  decided_by       BIGINT       NULL,
  decided_at       DATETIME(6)  NULL,
  decision_reason  VARCHAR(300) NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  KEY ix_payout_account_shop (shop_id, status),
  KEY ix_payout_account_status (status, created_at),
  CONSTRAINT fk_payout_account_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
  CONSTRAINT ck_payout_account_status
    CHECK (status IN ('ACTIVE', 'AWAITING_APPROVAL', 'REFUSED', 'REPLACED')),
  CONSTRAINT ck_payout_account_number CHECK (account_number REGEXP '^[0-9A-Z]{6,19}$'),
  CONSTRAINT ck_payout_account_bin CHECK (bank_bin REGEXP '^[0-9]{6}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One run per period (an ISO week, 2026-W50): asked for twice, it is the same run.
CREATE TABLE payout_run (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  period           VARCHAR(8)   NOT NULL,
  message_id       VARCHAR(35)  NOT NULL,
  status           VARCHAR(12)  NOT NULL,
  execution_date   DATE         NOT NULL,
  line_count       INT          NOT NULL,
  total_vnd        BIGINT       NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       BIGINT       NULL,
  completed_at     DATETIME(6)  NULL,
  UNIQUE KEY uk_payout_run_period (period),
  UNIQUE KEY uk_payout_run_message (message_id),
  CONSTRAINT ck_payout_run_status CHECK (status IN ('OPEN', 'COMPLETED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One shop's transfer in a run, with the account it goes to as it was when the run was made.
CREATE TABLE payout_line (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id           BIGINT       NOT NULL,
  shop_id          BIGINT       NOT NULL,
  account_id       BIGINT       NOT NULL,
  end_to_end_id    VARCHAR(35)  NOT NULL,
  amount_vnd       BIGINT       NOT NULL,
  bank_bin         CHAR(6)      NOT NULL,
  account_number   VARCHAR(19)  NOT NULL,
  account_name     VARCHAR(70)  NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  status_reason    VARCHAR(300) NULL,
  created_at       DATETIME(6)  NOT NULL,
  settled_at       DATETIME(6)  NULL,
  UNIQUE KEY uk_payout_line_run_shop (run_id, shop_id),
  UNIQUE KEY uk_payout_line_e2e (end_to_end_id),
  KEY ix_payout_line_shop (shop_id, created_at),
  KEY ix_payout_line_settled (status, settled_at),
  CONSTRAINT fk_payout_line_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
  CONSTRAINT fk_payout_line_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
  CONSTRAINT fk_payout_line_account FOREIGN KEY (account_id) REFERENCES payout_account (id),
  CONSTRAINT ck_payout_line_amount CHECK (amount_vnd > 0),
  CONSTRAINT ck_payout_line_status CHECK (status IN ('SENT', 'PAID', 'REJECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE payout_earning
  ADD CONSTRAINT fk_payout_earning_line FOREIGN KEY (payout_line_id) REFERENCES payout_line (id);

-- A bank status report as it was imported; the same file twice is recognised by its hash.
CREATE TABLE payout_status_report (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id       BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  format       VARCHAR(10)  NOT NULL,
  content      MEDIUMBLOB   NOT NULL,
  imported_by  BIGINT       NOT NULL,
  imported_at  DATETIME(6)  NOT NULL,
  paid         INT          NOT NULL,
  rejected     INT          NOT NULL,
  unchanged    INT          NOT NULL,
  UNIQUE KEY uk_payout_status_report_file (run_id, sha256),
  CONSTRAINT fk_payout_status_report_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
  CONSTRAINT ck_payout_status_report_format CHECK (format IN ('PAIN002', 'CSV'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every step of money leaving: who (NULL: the schedule), when, what, which file.
CREATE TABLE payout_audit (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action            VARCHAR(40)  NOT NULL,
  run_id            BIGINT       NULL,
  line_id           BIGINT       NULL,
  account_id        BIGINT       NULL,
  shop_id           BIGINT       NULL,
  actor_account_id  BIGINT       NULL,
  file_name         VARCHAR(200) NULL,
  file_sha256       CHAR(64)     NULL,
  detail            VARCHAR(500) NULL,
  at                DATETIME(6)  NOT NULL,
  KEY ix_payout_audit_run (run_id, id),
  KEY ix_payout_audit_shop (shop_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was sold and delivered before payouts existed: each part's first delivery, and each
-- ledger line as an earning (read once here; from now on the ledger and ordering announce them).
INSERT INTO payout_delivery (shop_order_id, delivered_at)
  SELECT c.shop_order_id, MIN(c.changed_at) FROM order_status_change c
   WHERE c.shop_order_id IS NOT NULL AND c.to_status = 'DELIVERED'
   GROUP BY c.shop_order_id;

INSERT INTO payout_earning (ledger_entry_id, shop_id, shop_order_id, net_vnd, entered_at, delivered_at)
  SELECT e.id, e.shop_id, e.shop_order_id, e.net_vnd, e.created_at, d.delivered_at
    FROM ledger_entry e LEFT JOIN payout_delivery d ON d.shop_order_id = e.shop_order_id;
