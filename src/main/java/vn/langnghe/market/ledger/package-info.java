/**
 * The commission and tax ledger: per shop order, what the platform keeps (commission at the rate
 * of the day of sale, and the VAT and PIT it withholds for household sellers under Decree
 * 117/2025) and what the shop is owed. Rows are only ever added: a sale once, its reversal once,
 * the reversal the exact negation of the sale, so a cancelled part nets to zero; returns (each
 * once) take figures(remaining before) − figures(remaining after), so they never take more than
 * the sale and all of them together cancel it to the đồng.
 */
package vn.langnghe.market.ledger;
