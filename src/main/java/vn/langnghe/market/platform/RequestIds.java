package vn.langnghe.market.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties together the log lines of one request, wherever they are written: on the
 * node that served it (in the logging MDC under {@link #MDC_KEY}, which the server's JSON log
 * lines carry), in its {@code X-Request-Id} answer, in the error id of a 500, and in the outbox
 * rows it wrote, so that the drainer that sends its mail or updates the index on another node
 * later logs under the same id. A load balancer in front sends its own id; a client's id is
 * kept only when it is short and plain, since it goes into every log line of the request.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  /** The outbox column's width; a UUID (36), HAProxy's unique-id or a W3C trace id fit. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:+=/-]{1," + MAX_LENGTH + "}");

  private RequestIds() {}

  /** The id a request goes by: the one it came with when well formed, else a new one. */
  public static String accept(String offered) {
    return isWellFormed(offered) ? offered : newId();
  }

  static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** The id of the request (or outbox row) this thread is working for, if any. */
  public static Optional<String> current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? Optional.empty() : Optional.of(id.toString());
  }

  /**
   * Works under {@code id} until the scope closes, then under whatever came before; a null id
   * (an outbox row written by no request: a timer, a migration) clears it meanwhile.
   */
  public static Scope actingFor(String id) {
    Object before = MDC.get(MDC_KEY);
    put(id);
    return () -> put(before == null ? null : before.toString());
  }

  private static void put(String id) {
    if (id == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, id);
    }
  }

  /** A stretch of work under one request id. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
