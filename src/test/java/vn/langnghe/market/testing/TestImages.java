package vn.langnghe.market.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Real images made on the spot, in the formats an artisan's phone produces. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode(width, height, "png");
  }

  public static byte[] jpeg(int width, int height) {
    return encode(width, height, "jpeg");
  }

  public static byte[] gif(int width, int height) {
    return encode(width, height, "gif");
  }

  private static byte[] encode(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xC0, 0xC0, 0xC8));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x8A, 0x5A, 0x2B));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
