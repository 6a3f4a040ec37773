package vn.langnghe.market.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

public class QrImageTest {

  /**
   * Reads a QR code PNG back. The PNG is a pure barcode (square modules, quiet zone, no
   * perspective), and ZXing is told so: its camera-oriented finder-pattern search misreads about
   * one in forty of such perfectly clean images (measured over 2,000 order payloads; with the
   * hint none), which made the payment IT fail on whichever order number it happened to draw.
   */
  public static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, true))
        .getText();
  }

  @Test
  void thePngReadsBackAsThePayload() throws Exception {
    String payload = VietQrTransferTest.PAYLOAD;
    byte[] png = QrImage.png(payload, 320);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(200, 320);
    assertThat(decode(png)).isEqualTo(payload);
  }
}
