package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aDatabaseThatCannotBeReachedIsAnOutageNotABug() {
    // Connector/J when the server went away mid-request, wrapped as EclipseLink and JTA wrap it
    assertThat(DatabaseOutage.explains(new PersistenceException("commit failed",
        new RuntimeException(new SQLException("Communications link failure", "08S01", 0))))).isTrue();
    assertThat(DatabaseOutage.explains(new PersistenceException(
        new SQLNonTransientConnectionException("Could not create connection to database server", "08001")))).isTrue();
    // a Galera node that left the cluster's primary component
    assertThat(DatabaseOutage.explains(new RuntimeException(
        new SQLException("WSREP has not yet prepared node for application use", "HY000", 1047)))).isTrue();
    assertThat(DatabaseOutage.explains(new RuntimeException(
        new SQLException("Connection was killed", "70100", 1927)))).isTrue();
    // WildFly's pool unable to open a connection
    assertThat(DatabaseOutage.explains(new IllegalStateException(new SQLException(
        "IJ031019: You are trying to use a connection factory that has been shut down: IJ000453: Unable to get managed connection for java:jboss/datasources/Market")))).isTrue();
    // the driver's own wrapping of a refused socket
    assertThat(DatabaseOutage.explains(new PersistenceException(new SQLException("Could not connect",
        "HY000", 0, new ConnectException("Connection refused"))))).isTrue();
    assertThat(DatabaseOutage.of(new PersistenceException(
        new SQLNonTransientConnectionException("gone", "08001"))).kind())
        .isEqualTo(DatabaseOutage.Kind.UNREACHABLE);
  }

  @Test
  void aRefusedConnectionElsewhereIsNotTheDatabase() {
    // Stripe, the carrier, Zalo or Solr refusing a connection reaches the generic mapper too
    assertThat(DatabaseOutage.explains(new RuntimeException(new ConnectException("Connection refused")))).isFalse();
    assertThat(DatabaseOutage.explains(new IllegalStateException("Solr unreachable",
        new java.io.UncheckedIOException(new ConnectException("Connection refused"))))).isFalse();
  }

  @Test
  void aPoolWithNoConnectionFreeInTimeIsBusyNotUnreachable() {
    Exception exhausted = new IllegalStateException(new SQLException(
        "IJ000453: Unable to get managed connection for java:jboss/datasources/Market",
        new Exception("IJ000655: No managed connections available within configured blocking timeout (30000 [ms])")));
    DatabaseOutage outage = DatabaseOutage.of(exhausted);
    assertThat(outage.kind()).isEqualTo(DatabaseOutage.Kind.BUSY);
    assertThat(outage.status()).isEqualTo(503);
    assertThat(outage.toProblem().detail()).contains("busy").doesNotContain("database");
    assertThat(outage).as("answered with Retry-After, as every DatabaseOutage").isInstanceOf(DatabaseOutage.class);

    DatabaseOutage unreachable = DatabaseOutage.of(new IllegalStateException(new SQLException(
        "IJ000453: Unable to get managed connection for java:jboss/datasources/Market",
        new Exception("IJ031084: Unable to create connection"))));
    assertThat(unreachable.kind()).isEqualTo(DatabaseOutage.Kind.UNREACHABLE);
    assertThat(unreachable.toProblem().detail()).contains("cannot reach its database");
  }

  @Test
  void anOutageIsLoggedOncePerIntervalWithACountOfTheLinesHeldBack() {
    AtomicLong nanos = new AtomicLong(42);
    DatabaseOutage.Throttle throttle = new DatabaseOutage.Throttle(Duration.ofSeconds(10), nanos::get);
    assertThat(throttle.admit()).isZero();
    for (int i = 0; i < 5; i++) {
      nanos.addAndGet(Duration.ofSeconds(1).toNanos());
      assertThat(throttle.admit()).isEqualTo(-1);
    }
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(throttle.admit()).isEqualTo(5);
    assertThat(throttle.admit()).isEqualTo(-1);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(throttle.admit()).isEqualTo(1);
  }

  @Test
  void otherFailuresStayUnexpected() {
    assertThat(DatabaseOutage.explains(new NullPointerException())).isFalse();
    assertThat(DatabaseOutage.explains(new PersistenceException(
        new SQLException("Duplicate entry 'x' for key 'uk'", "23000", 1062)))).isFalse();
    assertThat(DatabaseOutage.explains(new RuntimeException(
        new SQLException("Deadlock found when trying to get lock", "40001", 1213)))).isFalse();
  }
}
