package vn.langnghe.market.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server answers for errors it raises itself, before or outside the API's resources
 * (web.xml sends its error pages here): problem+json under /api, and elsewhere the marketplace's
 * own page with a way back (home and a search box), never the server's bare "Not Found": in
 * English under /en/ or for a visitor who chose English (the storefront's {@code lang} cookie),
 * else in Vietnamese. The page has no script, so it holds under a strict Content-Security-Policy.
 */
@WebServlet("/error-page")
public class ErrorPages extends HttpServlet {

  /** The storefront's cookie of the visitor's chosen language ("vi" or "en"). */
  static final String LANGUAGE_COOKIE = "lang";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly rather than as an error page, this address is nothing
    int status = code instanceof Integer number ? number : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    String errorId = status >= 500
        ? ErrorMapping.loggedUnexpected((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), " at " + path)
        : null;
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    if (path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api")) {
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      Object broken = request.getAttribute(PercentDecoding.BROKEN_PART);
      JsonSettings.MAPPER.writeValue(response.getOutputStream(),
          broken == null ? problem(status, errorId) : brokenEncoding(broken.toString()));
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    boolean english = path.equals(request.getContextPath() + "/en")
        || path.startsWith(request.getContextPath() + "/en/") || choseEnglish(request);
    response.getOutputStream().write(page(status, errorId, english).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean choseEnglish(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (LANGUAGE_COOKIE.equals(cookie.getName())) {
        return "en".equals(cookie.getValue());
      }
    }
    return false;
  }

  /** The problem for a status; a server error names the id it was logged under. */
  static Problem problem(int status, String errorId) {
    return switch (status) {
      case 400 -> Problem.of(400, "Bad request",
          "The request could not be read (check its address, percent-encoding and headers).");
      case 404 -> Problem.of(404, "Not Found", "There is nothing at this address.");
      case 405 -> Problem.of(405, "Method Not Allowed", "This method is not allowed here.");
      case 413 -> Problem.of(413, "Payload too large", "The request body is larger than the server accepts.");
      case 415 -> Problem.of(415, "Unsupported Media Type", "Send the body as application/json.");
      default -> status >= 500
          ? ErrorMapping.internalError(status, errorId)
          : Problem.of(status, "Request refused", "The request was refused.");
    };
  }

  /** A query parameter, or the address itself ("path"), whose percent-encoding is broken. */
  static Problem brokenEncoding(String part) {
    return Problem.invalid("The request could not be read: broken percent-encoding.",
        List.of(new Problem.FieldError(part,
            "Broken percent-encoding: each % must be followed by two hexadecimal digits, of UTF-8 bytes.")));
  }

  /** The page for a status in Vietnamese; a server error shows the id it was logged under. */
  static String page(int status, String errorId) {
    return page(status, errorId, false);
  }

  /** The page for a status, in English or Vietnamese. */
  static String page(int status, String errorId, boolean english) {
    Words w = english ? Words.ENGLISH : Words.VIETNAMESE;
    String title;
    String text;
    if (status == 404) {
      title = w.notFound;
      text = w.notFoundText;
    } else if (status >= 500) {
      title = w.serverError;
      text = w.serverErrorText;
    } else {
      title = w.refused;
      text = w.refusedText;
    }
    return """
        <!doctype html>
        <html lang="%4$s">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%1$s · Làng Nghề Market</title>
          <meta name="robots" content="noindex">
          <link rel="icon" href="/img/logo.svg" type="image/svg+xml">
          <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
          <main id="main" class="wrap error-page">
            <p><a href="%5$s"><img src="/img/logo.svg" alt="Làng Nghề Market" width="48" height="48"></a></p>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <form class="site-search" role="search" action="%6$s" method="get">
              <label for="error-search-q">%7$s</label>
              <input id="error-search-q" name="q" type="search" placeholder="%8$s">
              <button class="btn" type="submit">%9$s</button>
            </form>
            <p><a class="btn btn-secondary" href="%5$s">%10$s</a></p>
            <p class="muted">%11$s %3$s</p>
          </main>
        </body>
        </html>
        """.formatted(title, text, errorId == null ? Integer.toString(status) : errorId,
        w.lang, w.home, w.search, w.searchLabel, w.searchExample, w.searchButton, w.backHome,
        w.errorCode);
  }

  /** The words of the page in one language (fixed texts only: nothing from the request). */
  private record Words(String lang, String home, String search, String notFound,
      String notFoundText, String serverError, String serverErrorText, String refused,
      String refusedText, String searchLabel, String searchExample, String searchButton,
      String backHome, String errorCode) {

    static final Words VIETNAMESE = new Words("vi", "/", "/tim-kiem", "Không tìm thấy trang",
        "Địa chỉ này không có trang nào, có thể trang đã được chuyển đi hoặc đường dẫn bị gõ sai.",
        "Đã có lỗi ở phía chúng tôi",
        "Xin lỗi, máy chủ gặp sự cố khi mở trang này. Bạn hãy thử lại sau ít phút.",
        "Không mở được trang",
        "Máy chủ không đọc được yêu cầu này. Bạn hãy kiểm tra lại đường dẫn.",
        "Tìm sản phẩm làng nghề", "Ví dụ: bạc Đồng Xâm", "Tìm", "Về trang chủ", "Mã lỗi");

    static final Words ENGLISH = new Words("en", "/en/", "/en/tim-kiem", "Page not found",
        "There is no page at this address: it may have moved, or the link may be mistyped.",
        "Something went wrong on our side",
        "Sorry, the server ran into a problem opening this page. Please try again in a few minutes.",
        "This page could not be opened",
        "The server could not read this request. Please check the address.",
        "Search craft village products", "e.g. Đồng Xâm silver", "Search", "Back to the home page",
        "Error code");
  }
}
