package vn.langnghe.market.ledger;

import java.time.Instant;

/**
 * A ledger line was just written (a sale, a reversal): fired synchronously in the writer's
 * transaction, so what listens (payouts) is written with the line or not at all.
 */
public record LedgerLineWritten(long entryId, long shopId, long shopOrderId, String kind,
    long netVnd, Instant at) {}
