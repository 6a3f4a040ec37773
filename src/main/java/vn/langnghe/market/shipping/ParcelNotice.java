package vn.langnghe.market.shipping;

import java.time.Instant;

/**
 * What a carrier's notice means for a shop order, fired once per kind inside the transaction
 * that stored the notice: an observer's failure rolls the notice back, so the carrier sends it
 * again. {@code codVnd} is the cash the carrier collects (or handed over, for COD_REMITTED).
 */
public record ParcelNotice(long shopOrderId, Kind kind, long codVnd, Instant at,
    String carrierStatus) {

  public enum Kind { PICKED_UP, DELIVERED, FAILED, RETURNED, COD_REMITTED }
}
