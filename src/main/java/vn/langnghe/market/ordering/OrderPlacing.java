package vn.langnghe.market.ordering;

/**
 * A signed-in buyer is about to place an order, fired before anything is written: an observer may
 * refuse it by throwing a problem (the privacy component does, when the buyer withdrew their
 * consent to the processing of their orders' data).
 */
public record OrderPlacing(long buyerAccountId) {}
