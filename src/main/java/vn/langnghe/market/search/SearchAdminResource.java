package vn.langnghe.market.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.langnghe.market.identity.Role;

/** Administrators rebuild the search index and watch its progress. */
@Path("/admin/search/reindex")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

  @Inject Reindexer reindexer;

  @POST
  public Response start() {
    return Response.accepted(reindexer.start()).build();
  }

  @GET
  public Reindexer.Status status() {
    return reindexer.status();
  }
}
