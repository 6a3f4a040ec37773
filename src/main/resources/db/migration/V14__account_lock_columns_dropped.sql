-- Sign-in failures are counted per client and account in memory (identity.SignInAttempts), no
-- longer per account in its row: a lock on the account let any stranger keep its owner out.
ALTER TABLE account DROP COLUMN failed_logins, DROP COLUMN locked_until;
