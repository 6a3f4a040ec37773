package vn.langnghe.market.conversations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.conversations.ConversationViews.QuestionList;
import vn.langnghe.market.conversations.ConversationViews.QuestionRequest;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/** Public questions on a product: anyone reads the answered ones, anyone signed in asks. */
@Path("/products/{idOrSlug}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductQuestionsResource {

  @Inject Conversations conversations;
  @Inject RequestValidation validation;

  @GET
  @PermitAll
  public QuestionList list(@PathParam("idOrSlug") String idOrSlug, @Context SecurityContext security) {
    Caller caller = security.getUserPrincipal() instanceof Caller c ? c : null;
    return conversations.questions(idOrSlug, caller);
  }

  @POST
  @RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  @RateLimited(RequestLimit.CONVERSATION)
  public Response ask(@PathParam("idOrSlug") String idOrSlug, QuestionRequest request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context SecurityContext security) {
    Caller asker = Caller.of(security);
    QuestionRequest valid = validation.valid(request);
    IdempotentRequests.Claim claim = IdempotentRequests.claimFor(asker.accountId(), "question",
        idempotencyKey, new ConversationViews.Written(idOrSlug, valid.text()));
    return Response.status(Response.Status.CREATED)
        .entity(conversations.ask(asker, idOrSlug, valid.text(), claim))
        .build();
  }
}
