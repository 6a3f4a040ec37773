-- Payments through real gateways: every callback kept as received, payments a human must look
-- at, refunds carried out at the gateway, and the reconciliation's bookkeeping.

-- A payment attempt can now fail at the gateway (shopper cancelled, card declined) or wait for a
-- human (money arrived that does not match: paid_vnd says how much). checked_at: when
-- reconciliation last asked the gateway about it. shopper_ip: VNPay signs it into the pay URL.
ALTER TABLE payment
  ADD COLUMN checked_at DATETIME(6) NULL AFTER settled_at,
  ADD COLUMN paid_vnd   BIGINT      NULL AFTER amount_vnd,
  ADD COLUMN shopper_ip VARCHAR(45) NULL AFTER reference,
  ADD KEY ix_payment_reconcile (status, checked_at);

-- Every callback (and every status answer reconciliation got), stored before anything acts on it,
-- with what verification said and what we then did. event_id: the gateway's own id where it has
-- one (Stripe events, bank transactions); the unique key makes a redelivery a no-op.
CREATE TABLE payment_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  method        VARCHAR(10)   NOT NULL,
  source        VARCHAR(10)   NOT NULL,
  event_id      VARCHAR(100)  NULL,
  reference     VARCHAR(100)  NULL,
  received_at   DATETIME(6)   NOT NULL,
  payload       MEDIUMTEXT    NOT NULL,
  verification  VARCHAR(30)   NOT NULL,
  outcome       VARCHAR(10)   NULL,
  amount_vnd    BIGINT        NULL,
  result        VARCHAR(20)   NULL,
  handled_at    DATETIME(6)   NULL,
  UNIQUE KEY uk_payment_event_gateway_id (method, event_id),
  KEY ix_payment_event_reference (reference, id),
  KEY ix_payment_event_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Money the gateway says arrived but that we could not simply accept (another amount than the
-- order's, a transfer we cannot match): the trade office and the admins decide.
CREATE TABLE payment_review (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  method          VARCHAR(10)   NOT NULL,
  payment_id      BIGINT        NULL,
  event_id        BIGINT        NOT NULL,
  expected_vnd    BIGINT        NULL,
  received_vnd    BIGINT        NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  resolved_at     DATETIME(6)   NULL,
  resolution      VARCHAR(500)  NULL,
  UNIQUE KEY uk_payment_review_event (event_id),
  KEY ix_payment_review_status (status, created_at),
  CONSTRAINT fk_payment_review_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
  CONSTRAINT fk_payment_review_event FOREIGN KEY (event_id) REFERENCES payment_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Refunds are carried out at the gateway: SENDING while a request is out, retried with back-off,
-- FAILED only after the attempts run out (then a human takes over).
ALTER TABLE refund
  ADD COLUMN attempts        INT          NOT NULL DEFAULT 0 AFTER status,
  ADD COLUMN next_attempt_at DATETIME(6)  NULL AFTER attempts,
  ADD COLUMN gateway_ref     VARCHAR(100) NULL AFTER next_attempt_at,
  ADD COLUMN last_error      VARCHAR(500) NULL AFTER gateway_ref,
  ADD COLUMN settled_at      DATETIME(6)  NULL AFTER created_at,
  ADD KEY ix_refund_due (status, next_attempt_at);
