package fr.ipe.gateway.edge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway lets in: the browser origins of the front-ends (CORS) and the size of a request. The sizes are
 * checked by the gateway so an oversized request gets a problem body; Netty's own limits
 * ({@code server.max-http-request-header-size}, {@code server.netty.max-initial-line-length}, 256 KB each) sit far
 * above them and only catch what is too large to read at all.
 */
@Validated
@ConfigurationProperties("ipe.gateway")
public record EdgeProperties(@NotNull Cors cors, @NotNull Limits limits) {

    /** @param allowedOriginPatterns origins whose pages may call the API, e.g. {@code https://*.ac-paris.fr} */
    public record Cors(@NotNull List<String> allowedOriginPatterns) {
    }

    public record Limits(@DefaultValue("8KB") @NotNull DataSize maxUriLength,
                         @DefaultValue("16KB") @NotNull DataSize maxHeaderSize,
                         @DefaultValue("2MB") @NotNull DataSize maxBodySize) {
        public Limits {
            for (DataSize size : new DataSize[] {maxUriLength, maxHeaderSize, maxBodySize}) {
                if (size != null && size.toBytes() <= 0) {
                    throw new IllegalArgumentException("ipe.gateway.limits sizes must be positive");
                }
            }
        }
    }
}
