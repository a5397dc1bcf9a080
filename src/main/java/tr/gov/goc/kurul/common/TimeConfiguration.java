package tr.gov.goc.kurul.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates in Kurul are days in Türkiye: one clock, Europe/Istanbul, that tests may replace. */
@Configuration
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${kurul.time-zone:Europe/Istanbul}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
