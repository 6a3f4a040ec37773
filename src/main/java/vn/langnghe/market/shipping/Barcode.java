package vn.langnghe.market.shipping;

import com.google.zxing.oned.Code128Writer;

/** A carrier code as Code 128, the barcode couriers scan on a label, as its run of modules. */
public final class Barcode {

  private Barcode() {}

  /** '1' for a bar module, '0' for a space, quiet zones included; the page draws it as SVG. */
  public static String code128(String text) {
    boolean[] modules = new Code128Writer().encode(text);
    StringBuilder out = new StringBuilder(modules.length);
    for (boolean bar : modules) {
      out.append(bar ? '1' : '0');
    }
    return out.toString();
  }
}
