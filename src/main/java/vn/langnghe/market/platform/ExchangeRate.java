package vn.langnghe.market.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate behind the approximate US dollar shown beside VND prices to visitors abroad. Prices
 * and payments stay in VND; the rate is configuration with the day it was read, shown with it,
 * so nobody mistakes an estimate for a quote.
 */
@Path("/site/exchange-rate")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ExchangeRate {

  /** {@code vndPerUsd}: how many đồng one US dollar bought on {@code date}. */
  public record Rate(long vndPerUsd, LocalDate date) {

    /** The approximate dollars for an amount in VND, to the cent, rounded half up. */
    public double usd(long vnd) {
      return Math.round(vnd * 100.0 / vndPerUsd) / 100.0;
    }
  }

  @Inject
  @ConfigProperty(name = "market.usd.vnd-per-usd", defaultValue = "26300")
  long vndPerUsd;

  @Inject
  @ConfigProperty(name = "market.usd.rate-date", defaultValue = "2026-12-01")
  LocalDate rateDate;

  @GET
  public Rate rate() {
    return new Rate(vndPerUsd, rateDate);
  }
}
