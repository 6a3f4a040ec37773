package vn.langnghe.market.payment.vietqr;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * EMVCo merchant-presented QR basics: fields as a two-digit id, a two-digit length and the value,
 * and the CRC-16/CCITT-FALSE (polynomial 1021, initial FFFF) that closes a payload as tag 63.
 */
public final class EmvQr {

  /** The CRC field's id and length, which the CRC itself covers. */
  public static final String CRC_PREFIX = "6304";

  private EmvQr() {}

  /** One field: id, length, value. */
  public static String field(String id, String value) {
    if (id == null || !id.matches("[0-9]{2}")) {
      throw new IllegalArgumentException("An EMVCo field id is two digits, not " + id);
    }
    if (value == null || value.isEmpty() || value.length() > 99) {
      throw new IllegalArgumentException("Field " + id + " needs 1 to 99 characters");
    }
    return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
  }

  /** The fields of a TLV string in their order; an id given twice or a short value is refused. */
  public static Map<String, String> fields(String tlv) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    while (at < tlv.length()) {
      if (at + 4 > tlv.length()) {
        throw new IllegalArgumentException("A field is cut short at position " + at);
      }
      String id = tlv.substring(at, at + 2);
      String length = tlv.substring(at + 2, at + 4);
      if (!id.matches("[0-9]{2}") || !length.matches("[0-9]{2}")) {
        throw new IllegalArgumentException("No field id and length at position " + at);
      }
      int end = at + 4 + Integer.parseInt(length);
      if (end > tlv.length()) {
        throw new IllegalArgumentException("Field " + id + " runs past the end");
      }
      if (fields.putIfAbsent(id, tlv.substring(at + 4, end)) != null) {
        throw new IllegalArgumentException("Field " + id + " appears twice");
      }
      at = end;
    }
    return fields;
  }

  /** CRC-16/CCITT-FALSE of the text's UTF-8 bytes as four upper-case hex digits. */
  public static String crc16(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      crc ^= (b & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      crc &= 0xFFFF;
    }
    return String.format(Locale.ROOT, "%04X", crc);
  }

  /** The fields followed by their CRC field. */
  public static String withCrc(String fieldsBeforeCrc) {
    String covered = fieldsBeforeCrc + CRC_PREFIX;
    return covered + crc16(covered);
  }

  /** Whether the payload ends in a CRC field that matches everything before it. */
  public static boolean crcOk(String payload) {
    if (payload == null || payload.length() < 8) {
      return false;
    }
    int crcAt = payload.length() - 4;
    if (!payload.startsWith(CRC_PREFIX, crcAt - 4)) {
      return false;
    }
    return crc16(payload.substring(0, crcAt)).equalsIgnoreCase(payload.substring(crcAt));
  }
}
