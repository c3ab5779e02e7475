package fr.ipe.gateway.config;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where each service listens. */
@Validated
@ConfigurationProperties("ipe.services")
public record ServiceUrls(
        @NotNull URI convention,
        @NotNull URI mission,
        @NotNull URI action,
        @NotNull URI stageBank,
        @NotNull URI reporting) {
}
