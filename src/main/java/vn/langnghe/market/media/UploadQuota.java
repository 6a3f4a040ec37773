package vn.langnghe.market.media;

import vn.langnghe.market.platform.Problems;

/**
 * How much one account may upload in a rolling day, by count and by bytes: decoding is the most
 * expensive thing a client can ask of us, so no account may ask for it without end.
 */
record UploadQuota(long maxUploads, long maxBytes) {

  static final long RETRY_AFTER_SECONDS = 3600;

  /** Refuses (429) an upload of {@code bytes} after {@code uploads} uploads of {@code uploadedBytes} today. */
  void check(long uploads, long uploadedBytes, long bytes) {
    if (uploads >= maxUploads) {
      throw new Problems.TooManyAttemptsException(
          "At most " + maxUploads + " pictures a day may be uploaded; try again later.",
          RETRY_AFTER_SECONDS);
    }
    if (uploadedBytes + bytes > maxBytes) {
      throw new Problems.TooManyAttemptsException(
          "At most " + maxBytes / (1024 * 1024) + " MB of pictures a day may be uploaded; try again later.",
          RETRY_AFTER_SECONDS);
    }
  }
}
