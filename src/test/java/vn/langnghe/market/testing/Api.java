package vn.langnghe.market.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small client of the marketplace's HTTP API, as a mobile app or a browser would use it. */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final String PASSWORD = "LangNghe@2026";

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Api(String base) {
    this.base = base;
  }

  public record Reply(int status, String contentType, String body, HttpResponse<byte[]> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) : body);
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Reply get(String path) {
    return get(path, null);
  }

  public Reply post(String path, Object body, String token) {
    return sendJson("POST", path, body, token);
  }

  public Reply put(String path, Object body, String token) {
    return sendJson("PUT", path, body, token);
  }

  public Reply delete(String path, String token) {
    return send(request(path, token).DELETE().build());
  }

  /** Sends the body as given: a String is sent raw (to send broken JSON), anything else as JSON. */
  public Reply sendJson(String method, String path, Object body, String token) {
    String text;
    try {
      text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    return send(request(path, token)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
        .build());
  }

  public Reply upload(String path, String fileName, String contentType, byte[] bytes, String token) {
    return upload(path, fileName, contentType, bytes, null, token);
  }

  /** A multipart upload as a browser form sends it: text fields without a charset, in UTF-8. */
  public Reply upload(String path, String fileName, String contentType, byte[] bytes, String alt,
      String token) {
    String boundary = "----market" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      if (alt != null) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt
            + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(bytes);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return send(request(path, token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build());
  }

  public String login(String email, String password) {
    Reply reply = post("/api/auth/login", Map.of("email", email, "password", password), null);
    if (reply.status() != 200) {
      throw new AssertionError("login of " + email + " failed: " + reply);
    }
    return reply.json().get("token").asText();
  }

  /** Registers a new account with a unique e-mail and returns its token. */
  public String newAccount(String role, String label) {
    String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.langnghe.vn";
    Reply reply = post("/api/auth/register",
        Map.of("email", email, "password", PASSWORD, "displayName", label, "role", role), null);
    if (reply.status() != 201) {
      throw new AssertionError("register failed: " + reply);
    }
    return login(email, PASSWORD);
  }

  public HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
