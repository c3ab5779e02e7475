package fr.ipe.platform.time;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@AutoConfiguration
public class BusinessClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock(@Value("${ipe.business-clock.settable:false}") boolean settable) {
        return new BusinessClock(Clock.systemUTC(), settable);
    }

    /** Ops' business clock operation, where the service names its operations path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty("ipe.operations.path")
    static class Operation {
        @Bean
        BusinessClockController businessClockController(BusinessClock clock,
                                                        ObjectProvider<BusinessDateSweep> sweeps) {
            return new BusinessClockController(clock, sweeps.orderedStream().toList());
        }
    }
}
