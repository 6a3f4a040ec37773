package vn.langnghe.market.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.langnghe.market.identity.IdentityViews.AccountView;
import vn.langnghe.market.identity.IdentityViews.LoginRequest;
import vn.langnghe.market.identity.IdentityViews.MeView;
import vn.langnghe.market.identity.IdentityViews.NewPasswordRequest;
import vn.langnghe.market.identity.IdentityViews.PasswordResetRequest;
import vn.langnghe.market.identity.IdentityViews.RegisterRequest;
import vn.langnghe.market.identity.IdentityViews.ShopRef;
import vn.langnghe.market.identity.IdentityViews.TokenView;
import vn.langnghe.market.platform.ClientAddresses;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;

/** Register, sign in, sign out, and who am I. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {

  @Inject Accounts accounts;
  @Inject PasswordResets passwordResets;
  @Inject RequestValidation validation;
  @Inject Instance<ShopDirectory> shops;
  @Inject ClientAddresses clients;

  /** Answers carrying a token or a new account stay out of every cache. */
  private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

  @POST
  @Path("auth/register")
  @PermitAll
  @RateLimited(RequestLimit.REGISTRATION)
  public Response register(RegisterRequest request, @Context UriInfo uri) {
    AccountView account = accounts.register(validation.valid(request));
    return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(account)
        .cacheControl(NO_STORE).build();
  }

  @POST
  @Path("auth/login")
  @PermitAll
  @RateLimited(RequestLimit.SIGN_IN)
  public Response login(LoginRequest request) {
    TokenView token = accounts.login(validation.valid(request), clients.current());
    return Response.ok(token).cacheControl(NO_STORE).build();
  }

  /** 202 whatever the e-mail: whether it has an account is nobody's business. */
  @POST
  @Path("auth/password-reset")
  @PermitAll
  @RateLimited(RequestLimit.PASSWORD_RESET)
  public Response requestPasswordReset(PasswordResetRequest request) {
    passwordResets.request(validation.valid(request).email());
    return Response.accepted().build();
  }

  @POST
  @Path("auth/password-reset/confirm")
  @PermitAll
  @RateLimited(RequestLimit.PASSWORD_RESET)
  public Response confirmPasswordReset(NewPasswordRequest request) {
    NewPasswordRequest valid = validation.valid(request);
    passwordResets.confirm(valid.token(), valid.password());
    return Response.noContent().build();
  }

  @POST
  @Path("auth/logout")
  @RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE,
      Role.DIGITAL_HELPER_ROLE})
  public Response logout(@Context HttpHeaders headers) {
    String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    accounts.logout(header.substring("Bearer ".length()).trim());
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE,
      Role.DIGITAL_HELPER_ROLE})
  public MeView me(@Context SecurityContext security) {
    Caller caller = Caller.of(security);
    AccountView account = accounts.account(caller.accountId());
    ShopRef shop =
        shops.isResolvable() ? shops.get().shopOwnedBy(caller.accountId()).orElse(null) : null;
    return new MeView(account.id(), account.email(), account.displayName(), account.roles(),
        shop == null ? null : shop.id(), shop);
  }
}
