package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  @Test
  void aClientIsItsSocketsPeerWhateverItForwards() {
    assertThat(ClientAddresses.clientOf("203.0.113.9", List.of("198.51.100.1"), Set.of())).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.clientOf("203.0.113.9", List.of(), Set.of("10.0.0.2"))).isEqualTo("203.0.113.9");
  }

  @Test
  void behindOurProxyTheNearestAddressItDidNotAddItselfIsTheClient() {
    Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");
    assertThat(ClientAddresses.clientOf("10.0.0.2", List.of("198.51.100.7"), proxies)).isEqualTo("198.51.100.7");
    // whatever the client wrote before our proxies' entries is not believed
    assertThat(ClientAddresses.clientOf("10.0.0.2", List.of("1.2.3.4, 198.51.100.7, 10.0.0.3"), proxies))
        .isEqualTo("198.51.100.7");
    assertThat(ClientAddresses.clientOf("10.0.0.2", List.of("10.0.0.3"), proxies)).isEqualTo("10.0.0.2");
  }

  @Test
  void aLineOurProxyAddedAfterTheClientsOwnIsReadNotTheClientsLine() {
    Set<String> proxies = Set.of("10.0.0.2");
    // the client's forged line first, the line our proxy added last
    assertThat(ClientAddresses.clientOf("10.0.0.2", List.of("6.6.6.6", "198.51.100.7"), proxies))
        .isEqualTo("198.51.100.7");
  }
}
