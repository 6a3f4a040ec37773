package vn.langnghe.market.shipping;

import java.time.Instant;

/** A carrier order made for a shop order: the carrier's code, its fee and COD, when it expects to deliver. */
public record Booking(long shopOrderId, String carrier, String orderCode, String clientOrderCode,
    long codVnd, long feeVnd, Instant expectedDelivery, String trackingUrl) {}
