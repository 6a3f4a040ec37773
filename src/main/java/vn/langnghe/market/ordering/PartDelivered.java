package vn.langnghe.market.ordering;

import java.time.Instant;

/**
 * A shop order reached DELIVERED: fired synchronously in the transition's transaction (payouts
 * starts the return window from it).
 */
public record PartDelivered(long shopOrderId, long shopId, Instant deliveredAt) {}
