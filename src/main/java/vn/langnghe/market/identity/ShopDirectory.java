package vn.langnghe.market.identity;

import java.util.Optional;
import vn.langnghe.market.identity.IdentityViews.ShopRef;

/**
 * Lets /api/me name the caller's shop without identity depending on the shops component:
 * shops implements it.
 */
public interface ShopDirectory {
  Optional<ShopRef> shopOwnedBy(long accountId);
}
