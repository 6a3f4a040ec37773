package vn.langnghe.market.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.conversations.ConversationViews.AnswerRequest;
import vn.langnghe.market.conversations.ConversationViews.QuestionView;
import vn.langnghe.market.conversations.ConversationViews.ShopQuestionList;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/** The artisan's questions about their products (unanswered first) and their answers. */
@Path("/my/questions")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyQuestionsResource {

  @Inject Conversations conversations;
  @Inject RequestValidation validation;

  @GET
  public ShopQuestionList questions(@Context SecurityContext security) {
    return conversations.shopQuestions(Caller.of(security));
  }

  @POST
  @Path("{id}/answer")
  @RateLimited(RequestLimit.CONVERSATION)
  public QuestionView answer(@PathParam("id") String id, AnswerRequest request,
      @Context SecurityContext security) {
    return conversations.answer(Caller.of(security), QueryParams.longOrDefault("id", id, -1),
        validation.valid(request).text());
  }
}
