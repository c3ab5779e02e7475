package fr.ipe.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client a request comes from: the peer's, unless the peer is a trusted proxy, in which case the
 * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy (entries further left are written by the
 * client and cannot be believed).
 */
final class ClientAddresses {

    private final List<Range> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().filter(entry -> !entry.isBlank()).map(Range::parse).toList();
    }

    String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getOrEmpty("X-Forwarded-For").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trusted(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        InetAddress parsed = literal(address);
        return parsed != null && trustedProxies.stream().anyMatch(proxy -> proxy.contains(parsed));
    }

    /** An IP address written as such, never a host name (no DNS lookup for what a client wrote). */
    static InetAddress literal(String address) {
        try {
            if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                byte[] bytes = new byte[4];
                String[] parts = address.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return null;
                    }
                    bytes[i] = (byte) part;
                }
                return InetAddress.getByAddress(bytes);
            }
            // with a colon, the JDK reads an IPv6 literal or refuses it, and never asks DNS
            if (address.contains(":") && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':'
                    || c == '.')) {
                return InetAddress.getByName(address);
            }
            return null;
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /** An address or a CIDR range such as {@code 10.0.0.0/8}. */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String entry) {
            String[] parts = entry.trim().split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("ipe.gateway.rate-limits.trusted-proxies: " + entry
                        + " is not an IP address or CIDR range");
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.getAddress().length * 8;
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
