package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.TestImages;

class ImageInspectorTest {

  @Test
  void recognisesImagesByTheirBytesNotTheirNames() {
    assertThat(ImageInspector.sniff(TestImages.png(20, 20))).contains(ImageInspector.Format.PNG);
    assertThat(ImageInspector.sniff(TestImages.jpeg(20, 20))).contains(ImageInspector.Format.JPEG);
    byte[] webpHeader = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ImageInspector.sniff(webpHeader)).contains(ImageInspector.Format.WEBP);
    assertThat(ImageInspector.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ImageInspector.sniff(TestImages.gif(20, 20))).isEmpty();
  }

  @Test
  void aScriptWearingAPngHeaderIsRefused() {
    byte[] fake = Arrays.copyOf(TestImages.png(20, 20), 40);
    assertThatThrownBy(() -> ImageInspector.decode(fake))
        .isInstanceOf(ImageInspector.RejectedImageException.class);
  }

  @Test
  void tooSmallEmptyAndOversizedUploadsAreRefused() {
    assertThatThrownBy(() -> ImageInspector.decode(TestImages.png(8, 8)))
        .hasMessageContaining("16×16");
    assertThatThrownBy(() -> ImageInspector.decode(new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> ImageInspector.decode(new byte[ImageInspector.MAX_BYTES + 1]))
        .hasMessageContaining("8 MB");
  }

  @Test
  void renditionsShrinkToTheLongestSideAndNeverGrow() throws Exception {
    ImageInspector.Decoded decoded = ImageInspector.decode(TestImages.png(1600, 800));

    ImageInspector.Rendition thumb = ImageInspector.render(decoded.image(), 400);
    assertThat(thumb.width()).isEqualTo(400);
    assertThat(thumb.height()).isEqualTo(200);
    BufferedImage jpeg = read(thumb.jpeg());
    assertThat(jpeg.getWidth()).isEqualTo(400);

    ImageInspector.Rendition small = ImageInspector.render(ImageInspector.decode(TestImages.png(300, 200)).image(), 1200);
    assertThat(small.width()).isEqualTo(300);
  }

  @Test
  void aDecompressionBombIsDecodedWithinTheMemoryBudget() throws Exception {
    byte[] bomb = TestImages.pngBomb();
    assertThat(bomb.length).as("the bomb is small on the wire").isLessThan(1_000_000);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);

    ImageInspector.Decoded decoded = ImageInspector.decode(bomb);
    ImageInspector.Rendition large = ImageInspector.render(decoded.image(), 1200);
    ImageInspector.Rendition thumb = ImageInspector.render(decoded.image(), 400);

    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(allocated).as("bytes allocated to decode and render the bomb").isLessThan(64L << 20);
    assertThat(decoded.width()).isEqualTo(7000);
    assertThat(decoded.height()).isEqualTo(7000);
    assertThat(large.width()).isEqualTo(1200);
    assertThat(thumb.width()).isEqualTo(400);
  }

  @Test
  void largePicturesAreSubsampledToTheBudgetAndSmallOnesAreNot() {
    assertThat(ImageInspector.subsampling(1600, 1200, 3)).isEqualTo(1);
    assertThat(ImageInspector.subsampling(7000, 7000, 8)).isEqualTo(5);
    for (int bytesPerPixel : new int[] {1, 3, 4, 8}) {
      int step = ImageInspector.subsampling(7000, 7000, bytesPerPixel);
      assertThat(ImageInspector.decodedBytes(7000, 7000, bytesPerPixel, step))
          .isLessThanOrEqualTo(ImageInspector.DECODE_BUDGET_BYTES);
      assertThat(7000 / step).as("still sharp enough for the 1200 px rendition").isGreaterThanOrEqualTo(1200);
    }
  }

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }
}
