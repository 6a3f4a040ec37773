package vn.langnghe.market.storefront;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * The JTE engine over the templates compiled at build time (src/main/jte through
 * jte-maven-plugin): nothing is compiled on the server, and a template with an error fails the
 * build rather than a visitor's page. Output is UTF-8 bytes, ready for an ETag.
 */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
      null, ContentType.Html, Templates.class.getClassLoader(), "gg.jte.generated.precompiled");

  private Templates() {}

  static byte[] render(String template, Map<String, Object> params) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    ENGINE.render(template, params, output);
    byte[] bytes = new byte[output.getContentLength()];
    var sink = new java.io.ByteArrayOutputStream(bytes.length);
    try {
      output.writeTo(sink);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return sink.toByteArray();
  }
}
