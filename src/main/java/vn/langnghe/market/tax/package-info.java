/**
 * The tax office's side of Decree 117/2025: the marketplace withholds VAT and PIT from household
 * sellers' sales (the ledger records it) and declares it monthly per seller, and gives each seller
 * a yearly withholding certificate. Figures come only from the ledger, months in Vietnam's time.
 */
package vn.langnghe.market.tax;
