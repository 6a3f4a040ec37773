-- Law 91/2025/QH15 and Decree 356/2025: consents per purpose, reads of personal data by officers
-- and admins, the breach register, and the mark an erased account keeps.

-- Every consent given or withdrawn, never updated nor deleted: the latest row per account and
-- purpose is the answer, the rest is its history (how: sign-up, settings; where: the client).
CREATE TABLE consent_record (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT       NOT NULL,
  purpose     VARCHAR(30)  NOT NULL,
  granted     BOOLEAN      NOT NULL,
  recorded_at DATETIME(6)  NOT NULL,
  how         VARCHAR(30)  NOT NULL,
  source      VARCHAR(100) NULL,
  KEY ix_consent_record_account (account_id, purpose, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An officer's or admin's read of someone's personal data: who, whose, what, when.
CREATE TABLE personal_data_read (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reader_account_id   BIGINT       NOT NULL,
  subject_account_id  BIGINT       NULL,
  what                VARCHAR(300) NOT NULL,
  read_at             DATETIME(6)  NOT NULL,
  KEY ix_personal_data_read_at (read_at, id),
  KEY ix_personal_data_read_subject (subject_account_id, id),
  KEY ix_personal_data_read_reader (reader_account_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Decree 356: a breach, when it was found, what and whom it touched, when the authority was told
-- (within 72 hours) and what was done.
CREATE TABLE data_breach (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  what                VARCHAR(2000) NOT NULL,
  occurred_at         DATETIME(6)   NULL,
  discovered_at       DATETIME(6)   NOT NULL,
  data_affected       VARCHAR(1000) NOT NULL,
  people_affected     INT           NULL,
  reported_at         DATETIME(6)   NULL,
  measures            VARCHAR(2000) NULL,
  recorded_by         BIGINT        NOT NULL,
  recorded_at         DATETIME(6)   NOT NULL,
  KEY ix_data_breach_discovered (discovered_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE account ADD COLUMN erased_at DATETIME(6) NULL;

-- Whose words or data a notice quotes besides its recipient's (a buyer's message to a shop): erased
-- with that person's account.
ALTER TABLE notification ADD COLUMN about_account_id BIGINT NULL,
  ADD KEY ix_notification_about (about_account_id);
