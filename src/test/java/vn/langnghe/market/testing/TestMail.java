package vn.langnghe.market.testing;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.market.devenv.IntegrationEnvironment;

/** The e-mails the marketplace sent to the test run's SMTP server. */
public final class TestMail {

  private TestMail() {}

  public record Mail(String to, String subject, String body) {}

  public static List<Mail> to(String address) {
    List<Mail> mails = new ArrayList<>();
    try {
      for (MimeMessage message : IntegrationEnvironment.mail().getReceivedMessages()) {
        for (Address recipient : message.getAllRecipients()) {
          if (recipient.toString().equalsIgnoreCase(address)) {
            mails.add(new Mail(address, message.getSubject(), message.getContent().toString()));
          }
        }
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
    return mails;
  }

  /** Waits up to 15 s for a mail to the address whose subject contains the text. */
  public static Mail await(String address, String subjectPart) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      for (Mail mail : to(address)) {
        if (mail.subject().contains(subjectPart)) {
          return mail;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No mail to " + address + " about '" + subjectPart + "'; got " + to(address));
  }
}
