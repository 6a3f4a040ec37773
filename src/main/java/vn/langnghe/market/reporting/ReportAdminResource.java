package vn.langnghe.market.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.market.identity.Role;

/** Operations: recompute the sales facts from the orders, and say whether they had drifted. */
@Path("/admin/reports")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ReportAdminResource {

  @Inject FactsRebuild facts;

  @POST
  @Path("rebuild")
  public FactsRebuild.Rebuild rebuild() {
    return facts.run();
  }
}
