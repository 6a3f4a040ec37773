/**
 * Conversations: public questions about products (shown once the shop answers) and the private
 * thread of each shop order between its buyer and its shop, readable by those two sides only.
 * It also knows how quickly a shop usually answers. It tells people through {@code platform.Notice}.
 */
package vn.langnghe.market.conversations;
