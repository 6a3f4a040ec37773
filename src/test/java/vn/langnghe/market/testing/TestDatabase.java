package vn.langnghe.market.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the integration-test database, for what no API shows. */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("market.test.db.url"),
        System.getProperty("market.test.db.user"), System.getProperty("market.test.db.password"));
  }

  public static long count(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Units of the SKU held by pending orders. */
  public static int reserved(String sku) {
    return (int) count("SELECT reserved FROM variant WHERE sku = ?", sku);
  }

  /** Units of the SKU the shop holds. */
  public static int onHand(String sku) {
    return (int) count("SELECT on_hand FROM variant WHERE sku = ?", sku);
  }

  /** For set-up that no API offers, such as letting an order's payment time run out. */
  public static int update(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String string(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
