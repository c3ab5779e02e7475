package fr.ipe.platform.time;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class BusinessClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock(@Value("${ipe.business-clock.settable:false}") boolean settable) {
        return new BusinessClock(Clock.systemUTC(), settable);
    }
}
