package vn.langnghe.market.devenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMailboxTest {

  @TempDir Path folder;

  @Test
  void numberingGoesOnAfterTheHighestKeptMailNotTheirCount() throws IOException {
    Files.writeString(folder.resolve("00001.eml"), "first");
    Files.writeString(folder.resolve("00003.eml"), "third, the second was deleted");
    Files.writeString(folder.resolve("notes.txt"), "not a mail");

    assertThat(DemoMailbox.highestNumber(folder)).isEqualTo(3);
  }

  @Test
  void anEmptyFolderStartsAtOne() throws IOException {
    assertThat(DemoMailbox.highestNumber(folder)).isZero();
  }
}
