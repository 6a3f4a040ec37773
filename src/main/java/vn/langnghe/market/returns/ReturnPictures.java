package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.langnghe.market.media.PictureAudience;

/** A return's photos are private: its buyer, its shop's owner and officers see them. */
@ApplicationScoped
public class ReturnPictures implements PictureAudience {

  @Inject Returns returns;

  @Override
  public Optional<Audience> audienceOf(long imageId) {
    return returns.photoAudience(imageId).map(accounts -> new Audience(false, accounts));
  }
}
