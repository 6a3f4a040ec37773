package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The texts of the pages' scripts (webapp/js): every t(vi, en) names both texts, and the scripts of
 * the shopper's journey show no Vietnamese outside t(), so an English page has nothing left over.
 * A small JavaScript tokenizer (strings, template literals with their ${…} parts, regular
 * expressions, comments) is enough for the house's plain ES modules.
 */
class PageTextsTest {

  static final Path JS = Path.of("webapp/js");

  /** The scripts a shopper meets on the English pages built by scripts. */
  static final List<String> JOURNEY = List.of(
      "layout.js", "ui.js", "api.js", "forms.js", "rating.js", "text-form.js",
      "zalo-phone.js", "order-thread.js", "returns.js", "vietqr.js", "checkout-quote.js",
      "saved-addresses.js", "address-picker.js", "pages/cart.js", "pages/checkout.js", "pages/login.js",
      "pages/password-reset.js", "pages/orders.js", "pages/order.js", "pages/order-returns.js",
      "pages/order-reviews.js", "pages/payment-result.js", "pages/pay-card.js", "pages/addresses.js",
      "pages/product-reviews.js", "pages/product-questions.js", "pages/product-trust.js");

  /** Letters only Vietnamese uses among the Latin ones (đ, ơ, ư, ă, â, ê, ô and the tone marks). */
  static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Names that stay as they are in English too, and the switch to Vietnamese, said in Vietnamese. */
  static final List<String> NAMES = List.of("Làng Nghề Market", "Xem trang bằng tiếng Việt", "Tiếng Việt");

  @Test
  void everyTranslatedTextNamesBothLanguages() throws IOException {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    try (Stream<Path> files = Files.walk(JS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        for (Call call : calls(Files.readString(file))) {
          calls++;
          String where = JS.relativize(file) + ":" + call.line;
          if (call.args.size() != 2) {
            wrong.add(where + " has " + call.args.size() + " texts");
          } else if (call.args.stream().anyMatch(a -> a == null || a.isBlank())) {
            wrong.add(where + " has a text that is not a literal or is empty");
          } else if (call.args.get(0).equals(call.args.get(1))) {
            wrong.add(where + " says the same in both: " + call.args.get(0));
          }
        }
      }
    }
    assertThat(calls).as("t() calls found").isGreaterThan(400);
    assertThat(wrong).isEmpty();
  }

  @Test
  void theJourneysScriptsShowNoVietnameseOutsideTheirTranslations() throws IOException {
    List<String> left = new ArrayList<>();
    for (String name : JOURNEY) {
      String source = Files.readString(JS.resolve(name));
      // api.js keeps the Vietnamese for the server's English messages in one table, used on Vietnamese pages only
      int tableFrom = source.indexOf("const MESSAGES = [");
      int tableTo = tableFrom < 0 ? -1 : source.indexOf("\n];", tableFrom);
      Tokens tokens = new Tokens(source);
      for (Literal literal : tokens.untranslated) {
        if (literal.offset > tableFrom && literal.offset < tableTo) continue;
        String text = literal.text;
        for (String n : NAMES) text = text.replace(n, "");
        if (VIETNAMESE.matcher(text).find()) left.add(name + ":" + literal.line + " " + literal.text);
      }
    }
    assertThat(left).isEmpty();
  }

  @Test
  void theTokenizerFindsCallsInsideTemplatesAndSkipsRegularExpressions() {
    List<Call> found = calls("""
        const re = /it's "quoted" t('x')/g; // t('comment', 'ignored')
        const a = `${t('Trước', 'Before')} ${REFORM} ${x ? `${t(`Số ${n}`, `No. ${n}`)}` : ''}`;
        toast(t('Đã lưu.', 'Saved.'));
        t('Chỉ một');
        t('Một ' + 'hai', 'One ' + 'two');
        """);
    assertThat(found).extracting(c -> c.args).containsExactly(
        List.of("Trước", "Before"), List.of("Số ${…}", "No. ${…}"), List.of("Đã lưu.", "Saved."),
        List.of("Chỉ một"), List.of("Một hai", "One two"));
    assertThat(new Tokens("h('p', {}, 'Đang tải…', t('Có', 'Yes'))").untranslated)
        .extracting(l -> l.text).containsExactly("p", "Đang tải…");
  }

  // ---- a tokenizer of just what the question needs ----

  record Call(int line, List<String> args) {}

  record Literal(int offset, int line, String text) {}

  static List<Call> calls(String source) {
    return new Tokens(source).calls;
  }

  static final class Tokens {
    final String s;
    int i;
    final List<Call> calls = new ArrayList<>();
    final List<Literal> untranslated = new ArrayList<>();
    /** The last significant character, to tell a regular expression from a division. */
    char last = '(';
    /** Above zero while reading a t() call's texts: what their ${…} parts hold is translated too. */
    int translating;

    Tokens(String source) {
      s = source;
      scan(false);
    }

    int line(int at) {
      int n = 1;
      for (int k = 0; k < at; k++) if (s.charAt(k) == '\n') n++;
      return n;
    }

    /** Scans code until the end, or (inside a template's ${…}) until its closing brace. */
    void scan(boolean inExpression) {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) { i++; continue; }
        if (s.startsWith("//", i)) { skipTo("\n"); continue; }
        if (s.startsWith("/*", i)) { skipTo("*/"); i += 2; continue; }
        if (c == '/' && "(,=:[!&|?{};+".indexOf(last) >= 0) { regex(); last = 'r'; continue; }
        if (c == '\'' || c == '"' || c == '`') {
          int at = i;
          String text = literal();
          if (translating == 0) untranslated.add(new Literal(at, line(at), text));
          last = 'q';
          continue;
        }
        if (c == '{') depth++;
        if (c == '}') {
          if (inExpression && depth == 0) { i++; return; }
          depth--;
        }
        if (c == 't' && s.startsWith("t(", i) && (i == 0 || !isWordChar(s.charAt(i - 1)) && s.charAt(i - 1) != '.')
            && !s.substring(0, i).stripTrailing().endsWith("function")) {
          call();
          last = ')';
          continue;
        }
        if (isWordChar(c)) {
          while (i < s.length() && isWordChar(s.charAt(i))) i++;
          last = 'w';
          continue;
        }
        last = c;
        i++;
      }
    }

    /** t( literal (+ literal)* , literal (+ literal)* ): the texts, null for an argument that is not literals. */
    void call() {
      int at = i;
      i += 2;
      translating++;
      List<String> args = new ArrayList<>();
      while (true) {
        skipSpace();
        StringBuilder arg = new StringBuilder();
        boolean literal = true;
        boolean any = false;
        while (true) {
          skipSpace();
          char c = s.charAt(i);
          if (c == '\'' || c == '"' || c == '`') {
            arg.append(literal());
            any = true;
            skipSpace();
            if (s.charAt(i) == '+') { i++; continue; }
          } else {
            // not a literal: scan it as code until the argument ends
            literal = false;
            any = true;
            skipExpression();
          }
          break;
        }
        if (any) args.add(literal ? arg.toString() : null);
        skipSpace();
        char c = s.charAt(i);
        i++;
        if (c == ')') break;
        if (c != ',') throw new IllegalStateException("unexpected " + c + " in t() at line " + line(at));
      }
      translating--;
      calls.add(new Call(line(at), args));
    }

    /** Skips an argument that is an expression, up to the comma or parenthesis that ends it. */
    void skipExpression() {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"' || c == '`') { literal(); continue; }
        if (c == '(' || c == '[' || c == '{') depth++;
        if (c == ')' || c == ']' || c == '}') {
          if (depth == 0) return;
          depth--;
        }
        if (c == ',' && depth == 0) return;
        i++;
      }
    }

    /** A quoted string or a template literal, its ${…} parts scanned as code; answers its text, each part as "${…}". */
    String literal() {
      char quote = s.charAt(i++);
      StringBuilder text = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\') {
          text.append(s.charAt(i + 1));
          i += 2;
          continue;
        }
        if (c == quote) { i++; break; }
        if (quote == '`' && s.startsWith("${", i)) {
          i += 2;
          char saved = last;
          last = '(';
          scan(true);
          last = saved;
          text.append("${…}");
          continue;
        }
        text.append(c);
        i++;
      }
      return text.toString();
    }

    void regex() {
      i++;
      boolean inClass = false;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\') { i++; continue; }
        if (c == '[') inClass = true;
        else if (c == ']') inClass = false;
        else if (c == '/' && !inClass) break;
      }
      while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
    }

    void skipTo(String end) {
      int k = s.indexOf(end, i);
      i = k < 0 ? s.length() : k;
    }

    void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
  }
}
