package vn.langnghe.market.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes a Chromium offline the way a phone losing its signal does: for its pages and for its
 * service workers too. ChromeDriver's executeCdpCommand speaks only to the page, and
 * Network.emulateNetworkConditions there leaves the service worker's own fetches online, so this
 * attaches to every target through the browser's DevTools socket and cuts each one. The targets
 * stay offline while the switch is open.
 */
public final class OfflineSwitch implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private OfflineSwitch(WebSocket.Builder builder, URI address) {
    this.socket = builder.buildAsync(address, new Replies()).join();
  }

  /** Cuts the network of every page and service worker the browser has now. */
  public static OfflineSwitch cut(ChromeDriver driver) {
    Object options = driver.getCapabilities().getCapability("goog:chromeOptions");
    String debugger = String.valueOf(((Map<?, ?>) options).get("debuggerAddress"));
    HttpClient http = HttpClient.newHttpClient();
    try {
      HttpResponse<String> version = http.send(
          HttpRequest.newBuilder(URI.create("http://" + debugger + "/json/version")).build(),
          HttpResponse.BodyHandlers.ofString());
      URI socket = URI.create(JSON.readTree(version.body()).get("webSocketDebuggerUrl").asText());
      OfflineSwitch offline = new OfflineSwitch(http.newWebSocketBuilder(), socket);
      offline.cutEveryTarget();
      return offline;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void cutEveryTarget() {
    int cut = 0;
    for (JsonNode target : send(null, "Target.getTargets", Map.of()).get("targetInfos")) {
      String type = target.get("type").asText();
      if (!type.equals("page") && !type.equals("service_worker")) {
        continue;
      }
      String session = send(null, "Target.attachToTarget",
          Map.of("targetId", target.get("targetId").asText(), "flatten", true)).get("sessionId").asText();
      send(session, "Network.enable", Map.of());
      send(session, "Network.emulateNetworkConditions",
          Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      cut++;
    }
    if (cut == 0) {
      throw new IllegalStateException("no page or service worker to take offline");
    }
  }

  private JsonNode send(String session, String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", id);
    if (session != null) {
      message.put("sessionId", session);
    }
    message.put("method", method);
    message.put("params", params);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    waiting.put(id, reply);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).join();
      JsonNode answer = reply.get(10, TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + ": " + answer.get("error"));
      }
      return answer.get("result");
    } catch (Exception e) {
      throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method, e);
    } finally {
      waiting.remove(id);
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
  }

  /** Matches the browser's replies to the commands by id; events are ignored. */
  private final class Replies implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          CompletableFuture<JsonNode> reply = message.has("id") ? waiting.get(message.get("id").asInt()) : null;
          if (reply != null) {
            reply.complete(message);
          }
        } catch (java.io.IOException unreadable) {
          // not a reply we wait for
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
