package vn.langnghe.market.catalog;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A variant's options ({"Kích cỡ": "16"}) kept as a small JSON object in one column. */
@Converter
public class OptionsConverter implements AttributeConverter<Map<String, String>, String> {

  // Json.createReader looks the provider up through the service loader on every call, reading
  // the class path each time: that lookup was 7% of the server's CPU in checkout (every SKU
  // read converts its options). The provider is thread-safe, so one serves every conversion.
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(Map<String, String> options) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (options != null) {
      options.forEach(json::add);
    }
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String stored) {
    if (stored == null || stored.isBlank() || stored.equals("{}")) {
      return Collections.emptyMap();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
      JsonObject object = reader.readObject();
      Map<String, String> options = new LinkedHashMap<>();
      object.forEach((name, value) -> options.put(name, ((JsonString) value).getString()));
      return options;
    }
  }
}
