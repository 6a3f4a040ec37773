package vn.langnghe.market.devenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The demo run's SMTP server: a GreenMail on a free loopback port that keeps every e-mail the
 * marketplace sends as an .eml file, so the order notices can be opened in any mail program.
 */
final class DemoMailbox {

  private final GreenMail smtp;

  private DemoMailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  static DemoMailbox start(Path folder) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return start(folder, port);
  }

  /** On a given port; numbering goes on after the highest .eml an earlier start kept there. */
  static DemoMailbox start(Path folder, int port) throws IOException {
    Files.createDirectories(folder);
    int kept = highestNumber(folder);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    var saver = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "demo-mailbox");
      thread.setDaemon(true);
      return thread;
    });
    int[] saved = {0};
    saver.scheduleWithFixedDelay(() -> {
      MimeMessage[] received = smtp.getReceivedMessages();
      for (; saved[0] < received.length; saved[0]++) {
        Path file = folder.resolve(String.format("%05d.eml", kept + saved[0] + 1));
        try (OutputStream out = Files.newOutputStream(file)) {
          received[saved[0]].writeTo(out);
        } catch (Exception e) {
          System.err.println("Could not keep a demo e-mail: " + e);
        }
      }
    }, 1, 1, TimeUnit.SECONDS);
    return new DemoMailbox(smtp);
  }

  /**
   * The highest number among the folder's {@code NNNNN.eml} files, 0 if none: counting them would
   * overwrite a kept mail once one was deleted from the middle.
   */
  static int highestNumber(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> name.matches("\\d+\\.eml"))
          .mapToInt(name -> Integer.parseInt(name.substring(0, name.length() - ".eml".length())))
          .max().orElse(0);
    }
  }

  int port() {
    return smtp.getSmtp().getPort();
  }
}
