package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import vn.langnghe.market.identity.Role;

/** Operations: run the expiry sweep now rather than at its next tick. */
@Path("/admin/orders")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class OrderAdminResource {

  @Inject OrderExpiry expiry;

  @POST
  @Path("expire-overdue")
  public Map<String, Integer> expireOverdue() {
    return Map.of("examined", expiry.sweep());
  }
}
