package vn.langnghe.market.platform;

/**
 * An officer or administrator read someone's personal data (Law 91/2025/QH15: such reads are
 * logged). Fired as a CDI event by the endpoint that shows it, inside its transaction; the privacy
 * component stores it.
 *
 * @param readerAccountId who read
 * @param subjectAccountId whose data it was, null when it is not an account's (a consent photo)
 * @param what            what was read, in a few words ("shop 12 owner's identity")
 */
public record PersonalDataRead(long readerAccountId, Long subjectAccountId, String what) {}
