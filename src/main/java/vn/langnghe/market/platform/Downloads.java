package vn.langnghe.market.platform;

import jakarta.ws.rs.core.Response;

/** A generated file as a download: never cached (it holds one person's money or tax figures). */
public final class Downloads {

  private Downloads() {}

  /** {@code fileName} in plain ASCII, so every browser keeps it as it is. */
  public static Response attachment(byte[] body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
