package vn.langnghe.market.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties together the log lines of one request, wherever they are written: on the
 * node that served it (in the logging MDC under {@link #MDC_KEY}, which the server's JSON log
 * lines carry), in its {@code X-Request-Id} answer, and in the outbox rows it wrote, so that the
 * drainer that sends its mail or updates the index on another node later logs under the same id.
 * A load balancer in front sends its own id; a client's id is kept only when it is short and
 * plain, since it goes into every log line of the request.
 *
 * <p>The server's MDC is inherited by threads created while it is set: a pool thread started
 * during a request would log under that request's id for good. So the id a thread works for is
 * kept here in a plain (not inherited) thread-local, which is what outbox rows and error logs
 * read, and background work starts {@link #detached} from whatever its thread inherited.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  /** The outbox column's width; a UUID (36), HAProxy's unique-id or a W3C trace id fit. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:+=/-]{1," + MAX_LENGTH + "}");
  /** Deliberately not an InheritableThreadLocal: see the class note. */
  private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

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
    return Optional.ofNullable(ACTING_FOR.get());
  }

  /**
   * Works under {@code id} until the scope closes, then under whatever came before; a null id
   * (an outbox row written by no request: a timer, a migration) clears it meanwhile.
   */
  public static Scope actingFor(String id) {
    String before = ACTING_FOR.get();
    Object loggedBefore = MDC.get(MDC_KEY);
    put(id, id);
    return () -> put(before, loggedBefore);
  }

  /** {@code work} run under no request's id, whatever its thread inherited; restored after. */
  public static Runnable detached(Runnable work) {
    return () -> {
      try (Scope none = actingFor(null)) {
        work.run();
      }
    };
  }

  /** The same for work that answers. */
  public static <T> Callable<T> detached(Callable<T> work) {
    return () -> {
      try (Scope none = actingFor(null)) {
        return work.call();
      }
    };
  }

  private static void put(String id, Object logged) {
    if (id == null) {
      ACTING_FOR.remove();
    } else {
      ACTING_FOR.set(id);
    }
    if (logged == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, logged);
    }
  }

  /** A stretch of work under one request id. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
