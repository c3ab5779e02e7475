package fr.ipe.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.updates.configuration.CommandLineUsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void axonsUpdateCheckerIsSwitchedOffWhereAxonLooksForTheSwitch() {
        System.clearProperty(PlatformDefaults.AXON_UPDATE_CHECKER_DISABLED);
        new PlatformDefaults().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());
        assertThat(new CommandLineUsagePropertyProvider().getDisabled()).isTrue();
    }
}
