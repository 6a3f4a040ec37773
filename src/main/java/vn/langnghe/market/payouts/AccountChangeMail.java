package vn.langnghe.market.payouts;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import vn.langnghe.market.platform.RequestIds;

/**
 * Tells the artisan their shop's receiving account was set or changed, once the change is
 * committed: if it was not them, they have the cooling-off period to stop the money leaving.
 */
@ApplicationScoped
public class AccountChangeMail {

  private static final Logger LOG = Logger.getLogger(AccountChangeMail.class.getName());
  private static final DateTimeFormatter VIETNAM_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/mail/Market")
  Session mailSession;

  /** What the mail says about the account. */
  record Notice(String to, String ownerName, String shopName, String bankName, String maskedNumber,
      String holderName, boolean awaitsApproval, Instant usableFrom, Instant changedAt) {}

  /** Fired in the change's transaction: sent once it commits, on another thread; nothing if it rolls back. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
    executor.execute(RequestIds.detached(() -> send(notice)));
  }

  private void send(Notice notice) {
    try {
      MimeMessage message = new MimeMessage(mailSession);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.to()));
      message.setSubject(subject(notice), "UTF-8");
      message.setText(body(notice), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("Receiving-account mail not sent: " + e);
    }
  }

  static String subject(Notice notice) {
    return "Tài khoản nhận tiền của " + notice.shopName() + " đã thay đổi";
  }

  static String body(Notice notice) {
    String usable = notice.awaitsApproval()
        ? "Tên chủ tài khoản khác với tên đã đăng ký của bạn, nên cán bộ Làng Nghề Market sẽ xem xét"
            + " trước khi chuyển tiền vào tài khoản này (không sớm hơn "
            + VIETNAM_TIME.format(notice.usableFrom()) + ").\n"
        : notice.usableFrom().isAfter(notice.changedAt())
            ? "Để bảo vệ bạn, tiền chỉ được chuyển vào tài khoản này từ "
                + VIETNAM_TIME.format(notice.usableFrom()) + "; trước đó các khoản chi trả tạm dừng.\n"
            : "Các khoản chi trả từ nay được chuyển vào tài khoản này.\n";
    return "Chào " + notice.ownerName() + ",\n\n"
        + "Lúc " + VIETNAM_TIME.format(notice.changedAt()) + ", tài khoản nhận tiền của xưởng "
        + notice.shopName() + " được đặt thành:\n\n"
        + "  Ngân hàng: " + notice.bankName() + "\n"
        + "  Số tài khoản: " + notice.maskedNumber() + "\n"
        + "  Chủ tài khoản: " + notice.holderName() + "\n\n"
        + usable + "\n"
        + "Nếu không phải bạn thực hiện thay đổi này, hãy đổi mật khẩu ngay và liên hệ Làng Nghề"
        + " Market để chặn khoản chi trả vào tài khoản này.\n\n"
        + "Làng Nghề Market\n";
  }
}
