package vn.langnghe.market.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Strict JSON: a float where a whole number belongs, a null for a primitive, a number for an enum
 * or trailing garbage are refused (each becomes a 400 naming the field), unknown fields are
 * ignored so clients can be newer than us. A key given twice is refused (which of the two would
 * count is a guess a proxy and we could make differently). Every string is stored clean: NFC, no
 * control or bidi-override characters ({@link CleanText}).
 */
@Provider
public class JsonSettings implements ContextResolver<ObjectMapper> {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule("clean-text").addDeserializer(String.class, new CleanStrings()))
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

  /** The key a body gave twice, when that is why it could not be read. */
  static Optional<String> duplicateKey(JsonProcessingException e) {
    Matcher matcher = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Strings as Jackson reads them, then cleaned. */
  static final class CleanStrings extends StdScalarDeserializer<String> {
    CleanStrings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return CleanText.clean(StringDeserializer.instance.deserialize(parser, context));
    }
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}
