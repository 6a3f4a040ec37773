package vn.langnghe.market.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http cannot do: send from another loopback
 * address (127.0.0.5 stands for a second client) and send a Host header of one's choosing.
 */
public final class RawHttp {

  private final String clientAddress;

  /** A client whose requests come from the given local address (any 127.x.y.z works). */
  public RawHttp(String clientAddress) {
    this.clientAddress = clientAddress;
  }

  public record Reply(int status, Map<String, String> headers, String body) {
    /** A header by its case-insensitive name, or null. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + (body.length() > 500 ? body.substring(0, 500) : body);
    }
  }

  public Reply postJson(String path, String json) {
    return send("POST", path, Map.of("Content-Type", "application/json"), json);
  }

  public Reply get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  /** One request on its own connection; a "Host" in {@code headers} replaces the real one. */
  public Reply send(String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "localhost:" + TestSite.httpPort());
    all.putAll(headers);
    all.put("Connection", "close");
    if (body != null) {
      all.put("Content-Length", Integer.toString(content.length));
    }
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), TestSite.httpPort()), 5000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reply parse(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    int end = headEnd(bytes);
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = end + 4;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      while (true) {
        int lineEnd = indexOfLineEnd(bytes, at);
        String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
        int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
        if (size == 0) {
          break;
        }
        body.write(bytes, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
    } else {
      body.write(bytes, at, bytes.length - at);
    }
    return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  /** Where the head ends (the blank line). */
  private static int headEnd(byte[] bytes) {
    for (int i = 0; i + 3 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("no end of the response head");
  }

  private static int indexOfLineEnd(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("no end of a chunk's size line");
  }
}
