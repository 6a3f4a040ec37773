package vn.langnghe.market.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Refuses the passwords a guesser tries first: the 100,000 most common ones (nbvcxz's list, from
 * published breaches), one character over and over, and ones made of the account's own e-mail or
 * name. The length rule lives on the request ({@code @Size}). Messages are the user's, in Vietnamese.
 */
final class PasswordPolicy {

  private static final String COMMON_LIST = "/dictionaries/passwords.txt";
  /** Shorter names or e-mail names ("an", "hoa") would refuse half of all passwords. */
  private static final int SHORTEST_PERSONAL_PART = 4;

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  /** The policy with the common-password list shipped in nbvcxz's jar. */
  static PasswordPolicy withCommonPasswords() {
    Set<String> common = new HashSet<>(150_000);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
      if (in == null) {
        throw new IllegalStateException(COMMON_LIST + " is missing (it comes with me.gosimple:nbvcxz)");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          common.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PasswordPolicy(common);
  }

  int commonPasswords() {
    return common.size();
  }

  /** Why the password is too easy to guess for this account, or empty when it is fine. */
  Optional<String> weakness(String password, String email, String displayName) {
    if (password.codePoints().distinct().count() <= 2) {
      return Optional.of("Mật khẩu không được chỉ lặp lại một vài ký tự (như “aaaaaaaaaa”).");
    }
    if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("Mật khẩu này quá phổ biến, kẻ gian thử nó đầu tiên. Hãy chọn một câu dễ nhớ của riêng bạn.");
    }
    String bare = bare(password);
    String emailName = bare(email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@'))));
    if (email != null && (password.strip().equalsIgnoreCase(email.strip())
        || contains(bare, emailName))) {
      return Optional.of("Mật khẩu không được chứa địa chỉ e-mail của bạn.");
    }
    if (displayName != null && contains(bare, bare(displayName))) {
      return Optional.of("Mật khẩu không được chứa tên của bạn.");
    }
    return Optional.empty();
  }

  private static boolean contains(String barePassword, String barePart) {
    return barePart.length() >= SHORTEST_PERSONAL_PART && barePassword.contains(barePart);
  }

  /** Letters and digits only, without marks, lower case: "Nguyễn Thị Mai" → "nguyenthimai". */
  private static String bare(String text) {
    return VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
