package vn.langnghe.market.shipping;

import java.time.Instant;

/**
 * What the carrier's notice means for a parcel sent back for a return (never for the shop
 * order's own parcel): fired once per kind in the notice's transaction, as {@link ParcelNotice}
 * is. DELIVERED means delivered back to the shop.
 */
public record ReturnParcelNotice(long returnId, long shopOrderId, ParcelNotice.Kind kind, Instant at,
    String carrierStatus) {}
