/**
 * Parcels with carriers that have an API (Giao Hàng Nhanh): booking a carrier order for a shop
 * order, the carrier's status notices as a parcel's history, and what they mean announced as
 * {@link vn.langnghe.market.shipping.ParcelNotice}. One parcel per shop order; a parcel's status
 * never moves backwards, and a repeated notice changes nothing.
 */
package vn.langnghe.market.shipping;
