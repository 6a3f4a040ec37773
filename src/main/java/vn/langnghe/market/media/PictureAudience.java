package vn.langnghe.market.media;

import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.identity.Caller;

/**
 * Who may see a stored image. Media does not know what an image shows; the component that shows
 * it does (the catalogue for product pictures) and answers through this.
 */
public interface PictureAudience {

  /** Everyone, or only these accounts (besides the uploader and the officers). */
  record Audience(boolean everyone, Set<Long> accounts) {}

  /** Empty when the image is none of this component's pictures. */
  Optional<Audience> audienceOf(long imageId);

  /**
   * Whether this caller may also see the image, for audiences a list of accounts cannot name (the
   * digital helpers of a shop's commune). None by default.
   */
  default boolean admits(long imageId, Caller caller) {
    return false;
  }
}
