package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }
}
