package vn.langnghe.market.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.langnghe.market.returns.DisputeThread;

/**
 * The private thread of a disputed shop order, for the officer deciding it: returns asks through
 * its {@link DisputeThread} interface and checks that the caller is an officer.
 */
@ApplicationScoped
public class DisputeThreads implements DisputeThread {

  @Inject Conversations conversations;

  @Override
  public List<Message> of(long shopOrderId) {
    return conversations.thread(shopOrderId).messages().stream()
        .map(m -> new Message(m.from(), m.text(), m.sentAt()))
        .toList();
  }
}
