package vn.langnghe.market.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.conversations.ConversationViews.Inbox;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;

/** The artisan's inbox: the shop's order threads, those awaiting its answer first. */
@Path("/my/inbox")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ShopInboxResource {

  @Inject Conversations conversations;

  @GET
  public Inbox inbox(@Context SecurityContext security) {
    return conversations.inbox(Caller.of(security));
  }
}
