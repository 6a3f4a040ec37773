package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
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
    assertThat(DatabaseOutage.explains(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
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
