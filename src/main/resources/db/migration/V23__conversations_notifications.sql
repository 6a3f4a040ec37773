-- Conversations: public questions about products, and a private thread per shop order.
-- Notifications: what a person is to hear of, delivered by e-mail and Zalo ZNS independently.

-- A question anyone signed in asks about a product; public once its shop answers. The
-- product's title and slug are kept as they were when asked (for the shop's list and notices).
CREATE TABLE product_question (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id          BIGINT        NOT NULL,
  shop_id             BIGINT        NOT NULL,
  product_title       VARCHAR(300)  NOT NULL,
  product_slug        VARCHAR(300)  NOT NULL,
  asker_account_id    BIGINT        NOT NULL,
  question            VARCHAR(1000) NOT NULL,
  asked_at            DATETIME(6)   NOT NULL,
  answer              VARCHAR(2000) NULL,
  answered_at         DATETIME(6)   NULL,
  answerer_account_id BIGINT        NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  KEY ix_product_question_product (product_id, answered_at),
  KEY ix_product_question_shop (shop_id, answered_at, asked_at),
  KEY ix_product_question_asker (asker_account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One message of the private thread between a shop order's buyer and its shop.
CREATE TABLE order_message (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shop_order_id     BIGINT        NOT NULL,
  shop_id           BIGINT        NOT NULL,
  buyer_account_id  BIGINT        NOT NULL,
  author_account_id BIGINT        NOT NULL,
  from_shop         BOOLEAN       NOT NULL,
  body              VARCHAR(2000) NOT NULL,
  sent_at           DATETIME(6)   NOT NULL,
  KEY ix_order_message_thread (shop_order_id, sent_at),
  KEY ix_order_message_shop (shop_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A notice to one account. Each channel keeps its own state: PENDING (due at *_next_at),
-- SENT, FAILED (given up) or SKIPPED (no phone, no template, channel off).
CREATE TABLE notification (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id       BIGINT        NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             VARCHAR(4000) NOT NULL,
  link             VARCHAR(500)  NULL,
  params_json      VARCHAR(4000) NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  email_state      VARCHAR(10)   NOT NULL,
  email_attempts   INT           NOT NULL DEFAULT 0,
  email_next_at    DATETIME(6)   NULL,
  email_sent_at    DATETIME(6)   NULL,
  email_error      VARCHAR(500)  NULL,
  zalo_state       VARCHAR(10)   NOT NULL,
  zalo_attempts    INT           NOT NULL DEFAULT 0,
  zalo_next_at     DATETIME(6)   NULL,
  zalo_sent_at     DATETIME(6)   NULL,
  zalo_msg_id      VARCHAR(100)  NULL,
  zalo_error       VARCHAR(500)  NULL,
  KEY ix_notification_email_due (email_state, email_next_at),
  KEY ix_notification_zalo_due (zalo_state, zalo_next_at),
  KEY ix_notification_account (account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The phone an account gets its Zalo notices on (accounts hold only an e-mail), in E.164.
CREATE TABLE notification_contact (
  account_id  BIGINT      NOT NULL PRIMARY KEY,
  zalo_phone  VARCHAR(20) NULL,
  updated_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
