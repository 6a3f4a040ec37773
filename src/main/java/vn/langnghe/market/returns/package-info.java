/**
 * Returns and disputes: a buyer asks to send back some lines of a delivered shop order (or
 * complains of a parcel that never came), the shop answers within its time or the return is
 * accepted for it, the refund covers exactly the lines received, and an officer decides what the
 * two sides cannot settle. Invariants: one open return per shop order, whose money is held until it
 * ends; never more returned than sold nor more refunded than paid; each refund made once.
 */
package vn.langnghe.market.returns;
