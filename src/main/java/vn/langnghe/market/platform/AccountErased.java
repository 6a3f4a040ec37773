package vn.langnghe.market.platform;

/**
 * A person had their account erased (Law 91/2025/QH15). Fired as a CDI event inside the erasing
 * transaction; every component observes it and erases or pseudonymises that account's personal
 * data in its own tables (names, e-mails, phones, addresses, free text that may hold them), while
 * what the law keeps (orders, ledger, tax records) stays under {@code pseudonym}.
 *
 * @param accountId the erased account
 * @param pseudonym the name shown from now on where a name must stay (e.g. "Người dùng đã xoá #12")
 */
public record AccountErased(long accountId, String pseudonym) {}
