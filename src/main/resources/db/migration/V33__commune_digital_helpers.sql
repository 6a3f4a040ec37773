-- Commune digital helpers (tổ công nghệ số cộng đồng): the communes each helper serves, the
-- mandates artisans give them (with the artisan's recorded consent), the one-time consent codes
-- (only their hash), and the audit of every action a helper did for an artisan.
CREATE TABLE helper_commune (
  helper_account_id BIGINT      NOT NULL,
  commune_code      VARCHAR(10) NOT NULL,
  assigned_at       DATETIME(6) NOT NULL,
  assigned_by       BIGINT      NOT NULL,
  PRIMARY KEY (helper_account_id, commune_code),
  KEY ix_helper_commune_code (commune_code),
  CONSTRAINT fk_helper_commune_helper FOREIGN KEY (helper_account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE helper_mandate (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  helper_account_id  BIGINT      NOT NULL,
  artisan_account_id BIGINT      NOT NULL,
  commune_code       VARCHAR(10) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  consent_method     VARCHAR(10) NULL,
  consented_at       DATETIME(6) NULL,
  consent_photo      MEDIUMBLOB  NULL,
  consent_photo_type VARCHAR(20) NULL,
  handed_over_at     DATETIME(6) NULL,
  handed_over_by     BIGINT      NULL,
  version            BIGINT      NOT NULL DEFAULT 0,
  KEY ix_helper_mandate_helper (helper_account_id),
  KEY ix_helper_mandate_artisan (artisan_account_id),
  KEY ix_helper_mandate_commune (commune_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE helper_consent_code (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mandate_id  BIGINT      NOT NULL,
  code_hash   CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  attempts    INT         NOT NULL DEFAULT 0,
  used_at     DATETIME(6) NULL,
  KEY ix_helper_consent_code_mandate (mandate_id),
  CONSTRAINT fk_helper_consent_code_mandate FOREIGN KEY (mandate_id) REFERENCES helper_mandate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE helper_action (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  helper_account_id  BIGINT       NOT NULL,
  artisan_account_id BIGINT       NOT NULL,
  kind               VARCHAR(30)  NOT NULL,
  target_id          BIGINT       NULL,
  target_detail      VARCHAR(100) NULL,
  summary            VARCHAR(300) NOT NULL,
  before_state       MEDIUMTEXT   NULL,
  done_at            DATETIME(6)  NOT NULL,
  undone_at          DATETIME(6)  NULL,
  KEY ix_helper_action_artisan (artisan_account_id, done_at),
  KEY ix_helper_action_helper (helper_account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- "done by a helper": the helper who last wrote the row for its owner (null: the owner did)
ALTER TABLE account ADD COLUMN by_helper_account_id BIGINT NULL;
ALTER TABLE shop ADD COLUMN by_helper_account_id BIGINT NULL;
ALTER TABLE product ADD COLUMN by_helper_account_id BIGINT NULL;
ALTER TABLE variant ADD COLUMN by_helper_account_id BIGINT NULL;
ALTER TABLE product_image ADD COLUMN by_helper_account_id BIGINT NULL;
ALTER TABLE parcel ADD COLUMN by_helper_account_id BIGINT NULL;
