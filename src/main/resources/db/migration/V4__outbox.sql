-- Facts announced in the same transaction as the change they describe; drained to Solr (and
-- later to notifications and sales facts). A row lives until its consumer has handled it.
CREATE TABLE outbox_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  topic         VARCHAR(40)  NOT NULL,
  aggregate_id  BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  attempts      INT          NOT NULL DEFAULT 0,
  available_at  DATETIME(6)  NOT NULL,
  last_error    VARCHAR(500) NULL,
  KEY ix_outbox_available (available_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
