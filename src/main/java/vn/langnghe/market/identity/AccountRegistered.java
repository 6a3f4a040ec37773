package vn.langnghe.market.identity;

import java.util.List;

/**
 * Someone signed themselves up, fired inside the registering transaction: the privacy component
 * records the consents the sign-up form gave (purpose names, e.g. {@code MARKETING_EMAIL}).
 */
public record AccountRegistered(long accountId, List<String> consents) {}
