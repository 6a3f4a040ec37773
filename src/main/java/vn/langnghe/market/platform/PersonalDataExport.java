package vn.langnghe.market.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Tải dữ liệu của tôi": fired as a CDI event to gather everything held about one account; every
 * component that keeps personal data observes it and adds its own section (plain JSON-ready
 * values: records, lists, maps, strings).
 */
public final class PersonalDataExport {

  private final long accountId;
  private final Map<String, Object> sections = new LinkedHashMap<>();

  public PersonalDataExport(long accountId) {
    this.accountId = accountId;
  }

  public long accountId() {
    return accountId;
  }

  /** Adds (or replaces) one section, named by what it holds ("orders", "addresses"). */
  public synchronized void add(String section, Object content) {
    sections.put(section, content);
  }

  public synchronized Map<String, Object> sections() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }
}
