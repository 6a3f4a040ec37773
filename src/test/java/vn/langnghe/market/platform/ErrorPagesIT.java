package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestSite;

/**
 * What the server says to requests the application's resources never see: problem+json under
 * /api, the marketplace's own Vietnamese page elsewhere. Raw sockets, so that the requests are
 * exactly as written (no Content-Type, a Content-Length the body never reaches).
 */
class ErrorPagesIT extends MarketIT {

  private record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return "";
    }

    @Override
    public String toString() {
      return head + "\n\n" + body.substring(0, Math.min(body.length(), 600));
    }
  }

  @Test
  void aBodyWithoutContentTypeIsAProblem() throws IOException {
    String json = "{\"email\":\"a@b.vn\",\"password\":\"x\"}";
    Raw reply = send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
        + json.length() + "\r\nConnection: close\r\n\r\n" + json);
    assertProblem(reply, 415);
  }

  @Test
  void aBodyOverTheLimitIsAProblem() throws IOException {
    int size = 13 * 1024 * 1024;
    Raw reply = sendLarge("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n", size);
    assertProblem(reply, 413);
    // the request id is given before any other filter runs, even one that answers by itself
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void aWrongAddressShowsTheMarketplacesOwnPage() throws IOException {
    Raw reply = send(get("/khong-co-trang-nay.html"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("text/html");
    assertThat(reply.body())
        .contains("lang=\"vi\"", "Không tìm thấy trang", "href=\"/\"", "action=\"/tim-kiem\"", "name=\"q\"")
        .doesNotContain("Not Found", "<script>", "onclick", "javascript:");

    Raw api = send(get("/api/khong-co"));
    assertProblem(api, 404);
  }

  @Test
  void aWrongAddressUnderEnglishPagesIsAnsweredInEnglish() throws IOException {
    Raw product = send(get("/en/san-pham/khong-co-san-pham-nay"));
    assertThat(product.status()).as(product.toString()).isEqualTo(404);
    assertThat(product.body())
        .contains("lang=\"en\"", "Page not found", "href=\"/en/\"", "action=\"/en/tim-kiem\"")
        .doesNotContain("Không tìm thấy trang");

    Raw chosen = send("GET /khong-co-trang-nay.html HTTP/1.1\r\nHost: localhost\r\nCookie: lang=en\r\n"
        + "Connection: close\r\n\r\n");
    assertThat(chosen.status()).isEqualTo(404);
    assertThat(chosen.body()).contains("lang=\"en\"", "Page not found");
  }

  @Test
  void aBrokenPercentEncodingUnderApiIsAProblemNamingWhatIsBroken() throws IOException {
    Raw query = send(get("/api/search?q=%zz"));
    assertProblem(query, 400);
    assertThat(query.body()).as(query.toString()).contains("\"field\":\"q\"");

    Raw truncatedUtf8 = send(get("/api/search?size=5&q=%E0%A4%A"));
    assertProblem(truncatedUtf8, 400);
    assertThat(truncatedUtf8.body()).as(truncatedUtf8.toString()).contains("\"field\":\"q\"");

    assertProblem(send(get("/api/products/%E0%A4%A")), 400);
    assertProblem(send(get("/api/products/%zz")), 400);
  }

  @Test
  void aBrokenPercentEncodingElsewhereShowsTheMarketplacesOwnPage() throws IOException {
    for (String target : List.of("/search.html?q=%zz", "/san-pham/%E0%A4%A")) {
      Raw reply = send(get(target));
      assertThat(reply.status()).as(target + ": " + reply).isEqualTo(400);
      assertThat(reply.header("Content-Type")).as(target).startsWith("text/html");
      assertThat(reply.body()).as(target).contains("lang=\"vi\"", "Không mở được trang", "href=\"/\"");
    }
  }

  @Test
  void percentEncodedVietnameseStillReachesTheApplication() throws IOException {
    for (String q : List.of("%C4%91%E1%BB%93ng%20x%C3%A2m", "%C4%91%E1%BB%93ng+x%C3%A2m", "%C4%90%E1%BB%93ng+X%C3%A2m")) {
      Raw reply = send(get("/api/search?size=10&q=" + q));
      assertThat(reply.status()).as(q + ": " + reply).isEqualTo(200);
      JsonNode results = JsonSettings.MAPPER.readTree(reply.body());
      assertThat(results.at("/total").asLong()).as(q + ": " + reply).isGreaterThanOrEqualTo(10);
      for (JsonNode item : results.at("/items")) {
        assertThat(item.at("/villageName").asText()).as(q + ": " + item).isEqualTo("Làng chạm bạc Đồng Xâm");
      }
    }
    Raw village = send(get("/api/search?size=1&village=dong%2Dxam%2Dcham%2Dbac"));
    assertThat(village.status()).as(village.toString()).isEqualTo(200);
    assertThat(JsonSettings.MAPPER.readTree(village.body()).at("/total").asLong()).as(village.toString()).isPositive();

    Raw missing = send(get("/api/products/%C4%91%E1%BB%93ng-x%C3%A2m"));
    assertProblem(missing, 404);
    Raw staticFile = send(get("/login%2Ehtml?next=%C4%91%E1%BB%93ng"));
    assertThat(staticFile.status()).as(staticFile.toString()).isEqualTo(200);
  }

  @Test
  void anEncodedDotDotDoesNotReachOutsideTheSite() throws IOException {
    for (String target : List.of("/css/%2e%2e/WEB-INF/web.xml", "/css/%2E%2E/%2E%2E/WEB-INF/web.xml")) {
      Raw reply = send(get(target));
      assertThat(reply.status()).as(target + ": " + reply).isEqualTo(404);
      assertThat(reply.body()).as(target).doesNotContain("<web-app", "<location>");
    }
  }

  private static void assertProblem(Raw reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("\"status\":" + status);
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  }

  private static Raw send(String request) throws IOException {
    try (Socket socket = new Socket("localhost", TestSite.httpPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  /** Sends the head and as much of a zero-filled body as the server takes before it answers. */
  private static Raw sendLarge(String head, int size) throws IOException {
    try (Socket socket = new Socket("localhost", TestSite.httpPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      try {
        for (int sent = 0; sent < size; sent += chunk.length) {
          out.write(chunk, 0, Math.min(chunk.length, size - sent));
        }
        out.flush();
      } catch (SocketException closedEarly) {
        // the server may answer and close before the whole body is sent: its answer is what counts
      }
      return read(socket.getInputStream());
    }
  }

  private static Raw read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try {
      in.transferTo(received);
    } catch (SocketException reset) {
      // a reset after the answer still leaves the answer read so far
    }
    byte[] bytes = received.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    String[] statusLine = head.split(" ", 3);
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
    return new Raw(status, head, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String text = new String(chunked, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = text.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int length = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
      if (length == 0) {
        break;
      }
      int from = lineEnd + 2;
      body.write(chunked, from, Math.min(length, chunked.length - from));
      at = from + length + 2;
    }
    return body.toByteArray();
  }
}
