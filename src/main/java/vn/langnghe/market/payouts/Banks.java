package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.langnghe.market.platform.VietnameseText;

/**
 * The banks an artisan may be paid at: NAPAS members by their 6-digit BIN, read once from
 * {@code payouts/napas-banks.csv} (its header names the source). A BIN outside it cannot receive a
 * NAPAS transfer, so no account may name one.
 */
@ApplicationScoped
public class Banks {

  static final String LIST = "/payouts/napas-banks.csv";

  /** A bank as the pages show it: {@code shortName} in the picker, {@code name} in full. */
  public record Bank(String bin, String shortName, String name) {}

  private final Map<String, Bank> byBin = read();

  /** In the file's order: the banks most artisans use first. */
  public List<Bank> all() {
    return List.copyOf(byBin.values());
  }

  public Optional<Bank> byBin(String bin) {
    return bin == null ? Optional.empty() : Optional.ofNullable(byBin.get(bin));
  }

  static Map<String, Bank> read() {
    try (InputStream in = Banks.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing from the build");
      }
      Map<String, Bank> banks = new LinkedHashMap<>();
      CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
          .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
      for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        Bank bank = new Bank(row.get("bin"), row.get("short_name"), VietnameseText.clean(row.get("name")));
        if (!bank.bin().matches("[0-9]{6}") || banks.putIfAbsent(bank.bin(), bank) != null) {
          throw new IllegalStateException(LIST + ": bad or repeated BIN " + bank.bin());
        }
      }
      return banks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
