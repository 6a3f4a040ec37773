package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Problems;

/**
 * A carrier's COD statement uploaded by hand (carriers without a webhook): CSV lines of carrier,
 * tracking code or shop order id, amount in VND, date. Each line is its own short transaction
 * through {@link CashOnDelivery#statementLine}, recognised again by the file's SHA-256 and its
 * line number, so uploading the same file twice settles nothing twice. Not a transaction itself.
 */
@ApplicationScoped
public class CodStatements {

  static final int MAX_LINES = 5000;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter VIETNAMESE_DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Inject CashOnDelivery cashOnDelivery;

  /** One line of the report: {@code result} INVALID when the line could not be read. */
  public record LineResult(int line, String carrier, String parcel, Long amountVnd,
      String result, boolean repeated, Long shopOrderId, String orderNumber, Long expectedVnd,
      String reason) {}

  public record Report(String file, int lines, int settled, int alreadySettled, int review,
      int unmatched, int invalid, int repeated, List<LineResult> results) {}

  public Report read(byte[] body) {
    String text = utf8(body);
    String file = sha256(body);
    List<CSVRecord> records;
    try {
      records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build()
          .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
          .getRecords();
    } catch (IOException | RuntimeException e) {
      throw new Problems.InvalidInputException("file", "is not readable CSV: " + e.getMessage());
    }
    if (records.size() > MAX_LINES + 1) {
      throw new Problems.InvalidInputException("file", "has more than " + MAX_LINES + " lines; split it");
    }
    List<LineResult> results = new ArrayList<>();
    int[] counts = new int[6];
    for (CSVRecord record : records) {
      int line = (int) record.getRecordNumber();
      if (line == 1 && isHeader(record)) {
        continue;
      }
      LineResult result = line(file, line, record);
      results.add(result);
      // a line received before is counted as a repeat only: its result is what it did then
      switch (result.repeated() ? "REPEATED" : result.result()) {
        case "SETTLED" -> counts[0]++;
        case "ALREADY_SETTLED" -> counts[1]++;
        case "REVIEW", "SURPLUS" -> counts[2]++;
        case "UNMATCHED" -> counts[3]++;
        case "REPEATED" -> counts[5]++;
        default -> counts[4]++;
      }
    }
    if (results.isEmpty()) {
      throw new Problems.InvalidInputException("file", "has no lines: carrier, tracking code or shop order id, amount, date");
    }
    return new Report(file, results.size(), counts[0], counts[1], counts[2], counts[3], counts[4],
        counts[5], results);
  }

  private LineResult line(String file, int line, CSVRecord record) {
    String carrier = record.size() > 0 ? record.get(0) : "";
    String parcel = record.size() > 1 ? record.get(1) : "";
    if (record.size() < 4 || parcel.isBlank()) {
      return invalid(line, carrier, parcel, null, "needs 4 columns: carrier, tracking code or shop order id, amount, date");
    }
    Long amount = amount(record.get(2));
    if (amount == null) {
      return invalid(line, carrier, parcel, null, "the amount is not a whole number of VND");
    }
    Instant at = date(record.get(3));
    if (at == null) {
      return invalid(line, carrier, parcel, amount, "the date is not 2026-12-07, 07/12/2026 or an ISO date-time");
    }
    CashOnDelivery.Remittance remittance = new CashOnDelivery.Remittance("statement:" + file,
        String.valueOf(line), carrier.isBlank() ? null : truncate(carrier, 60), truncate(parcel, 60),
        amount, at);
    CashOnDelivery.Remitted done = LockContention.retried(() -> cashOnDelivery.statementLine(remittance));
    return new LineResult(line, carrier, parcel, amount, done.result().name(), done.repeated(),
        done.shopOrderId(), done.orderNumber(), done.expectedVnd(), done.reason());
  }

  private static LineResult invalid(int line, String carrier, String parcel, Long amount, String why) {
    return new LineResult(line, carrier, parcel, amount, "INVALID", false, null, null, null, why);
  }

  private static boolean isHeader(CSVRecord record) {
    return record.size() > 2 && amount(record.get(2)) == null;
  }

  /** 2270000, 2.270.000, 2,270,000 or "2 270 000 ₫": whole đồng, more than nothing. */
  static Long amount(String text) {
    String digits = text.replaceAll("(?i)[\\s.,₫đ]|vnd", "");
    if (!digits.matches("[0-9]{1,15}") || Long.parseLong(digits) == 0) {
      return null;
    }
    return Long.parseLong(digits);
  }

  /** A day (Vietnam's, from its start) or an instant with its offset. */
  static Instant date(String text) {
    String t = text.strip();
    try {
      if (t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(t).atStartOfDay(VIETNAM).toInstant();
      }
      if (t.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
        return LocalDate.parse(t, VIETNAMESE_DAY).atStartOfDay(VIETNAM).toInstant();
      }
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new Problems.InvalidInputException("file", "is not UTF-8 text");
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
