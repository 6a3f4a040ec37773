package vn.langnghe.market.returns;

import java.time.Instant;
import java.util.List;

/**
 * The private messages between buyer and shop about one shop order, as an officer deciding a
 * dispute reads them. Provided by the component that keeps those threads; where none is deployed
 * the dispute view shows the return's own texts only.
 */
public interface DisputeThread {

  record Message(String side, String text, Instant at) {}

  List<Message> of(long shopOrderId);
}
