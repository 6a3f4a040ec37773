-- The seller's tax identity for the Decree 117 withholding declaration and certificates: a
-- 12-digit citizen ID, a 10-digit tax code, or a branch's 13 (the code, '-', 3 digits).
ALTER TABLE shop ADD COLUMN tax_id VARCHAR(14) NULL;
