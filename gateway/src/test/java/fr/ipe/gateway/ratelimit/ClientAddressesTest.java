package fr.ipe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.7"));

    @Test
    void aClientConnectingDirectlyIsItsPeerAddressWhateverItsForwardedForSays() {
        assertThat(addresses.of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesItIsTheRightMostAddressNotAProxy() {
        assertThat(addresses.of(from("10.1.2.3", "198.51.100.66, 203.0.113.9, 192.168.1.7"))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(from("192.168.1.7", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6ProxiesAndRangesAreUnderstood() {
        ClientAddresses v6 = new ClientAddresses(List.of("2001:db8::/32"));
        assertThat(v6.of(from("2001:db8::1", "2001:db8::2, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(v6.of(from("2001:db9::1", "203.0.113.9"))).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsItselfTheClient() {
        assertThat(addresses.of(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
        assertThat(addresses.of(from("10.1.2.3", "10.9.9.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void hostNamesAreNeverLookedUpNorTrusted() {
        assertThat(ClientAddresses.literal("localhost")).isNull();
        assertThat(ClientAddresses.literal("example.org")).isNull();
        assertThat(ClientAddresses.literal("cafe")).isNull();
        assertThat(ClientAddresses.literal("999.1.1.1")).isNull();
        assertThat(addresses.of(from("10.1.2.3", "203.0.113.9, cafe"))).isEqualTo("cafe");
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal")))
                .hasMessageContaining("trusted-proxies");
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/conventions")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
