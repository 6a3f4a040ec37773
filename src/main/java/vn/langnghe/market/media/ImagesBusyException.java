package vn.langnghe.market.media;

import vn.langnghe.market.platform.ProblemException;

/** 503: every decoding slot stayed taken while the upload waited; the client may try again soon. */
public class ImagesBusyException extends ProblemException {
  public ImagesBusyException() {
    super(503, "Busy", "Too many pictures are being processed right now; try again in a moment.");
  }
}
