package vn.langnghe.market.ordering;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.OutboxEvent;
import vn.langnghe.market.platform.RequestIds;
import vn.langnghe.market.shops.Shop;

/**
 * Sends the order e-mails the outbox holds, through the server's mail session. A notice leaves
 * the outbox once its mails are handed to the SMTP server; a failure keeps it for a later try
 * with back-off (so a mail may, rarely, arrive twice, but is never lost).
 */
@ApplicationScoped
public class OrderMail {

  private static final Logger LOG = Logger.getLogger(OrderMail.class.getName());
  static final Set<String> TOPICS = Set.of(Outbox.ORDER_NOTICE);
  static final int BATCH = 20;

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Accounts accounts;

  @Resource(lookup = "java:jboss/mail/Market")
  Session mailSession;

  @Inject
  @ConfigProperty(name = "market.public-url")
  String siteUrl;

  /**
   * Drops the e-mail notices an order's changes queued in the caller's transaction, unsent: for
   * history replayed from the past (the demo's), which is not news to anybody.
   */
  @Transactional
  public void forgetNotices(String orderNumber) {
    List<Long> changes = em.createQuery("select c.id from StatusChange c, CustomerOrder o"
            + " where c.orderId = o.id and o.number = :number", Long.class)
        .setParameter("number", orderNumber)
        .getResultList();
    outbox.forget(Outbox.ORDER_NOTICE, changes);
  }

  /** One batch; answers how many notices were handled. */
  @Transactional
  public int sendDue() {
    List<OutboxEvent> events = outbox.claimDue(TOPICS, BATCH);
    for (int i = 0; i < events.size(); i++) {
      // logged under the request that changed the order, whichever node sends the mail
      try (RequestIds.Scope scope = RequestIds.actingFor(events.get(i).requestId())) {
        try {
          int sent = send(events.get(i).aggregateId());
          LOG.info("Order e-mails sent for status change " + events.get(i).aggregateId() + ": " + sent);
        } catch (MessagingException | RuntimeException e) {
          LOG.warning("Order e-mail not sent, will retry: " + e);
          outbox.done(events.subList(0, i));
          outbox.failed(events.subList(i, events.size()), e.toString());
          return i;
        }
      }
    }
    outbox.done(events);
    return events.size();
  }

  /** Sends the mails of one status change; answers how many. */
  private int send(long statusChangeId) throws MessagingException {
    StatusChange change = em.find(StatusChange.class, statusChangeId);
    if (change == null) {
      return 0;
    }
    Order order = em.find(Order.class, change.orderId());
    ShopOrder part = change.shopOrderId() == null ? null : em.find(ShopOrder.class, change.shopOrderId());
    Map<Long, String> shopEmails = new HashMap<>();
    for (ShopOrder p : order.shopOrders()) {
      Shop shop = em.find(Shop.class, p.shopId());
      shopEmails.put(p.shopId(), accounts.account(shop.ownerAccountId()).email());
    }
    String buyer = accounts.account(order.buyerAccountId()).email();
    List<OrderNotice.Mail> mails = OrderNotice.compose(change, order, part, buyer, shopEmails, siteUrl);
    for (OrderNotice.Mail mail : mails) {
      MimeMessage message = new MimeMessage(mailSession);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.body(), "UTF-8");
      Transport.send(message);
    }
    return mails.size();
  }
}
