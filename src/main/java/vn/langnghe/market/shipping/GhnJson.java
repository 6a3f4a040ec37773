package vn.langnghe.market.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading GHN's JSON leniently: a field missing or of another type reads as absent. */
final class GhnJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private GhnJson() {}

  static JsonNode parse(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : MAPPER.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (java.io.IOException e) {
      return MissingNode.getInstance();
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  static long number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asLong() : value.isTextual() ? parseLong(value.asText()) : 0;
  }

  /** GHN writes times as ISO-8601 in UTC ("2021-11-11T03:52:50.158Z"); some with an offset. */
  static Instant time(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
