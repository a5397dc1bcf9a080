package tr.gov.goc.kurul.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today's date in Turkey (Europe/Istanbul); a {@link Clock} bean, if the application defines one, is honoured (tests). */
@Component
class Today {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final ObjectProvider<Clock> clock;

    Today(ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    LocalDate date() {
        Clock c = clock.getIfUnique(() -> Clock.system(ISTANBUL));
        return LocalDate.now(c.withZone(ISTANBUL));
    }
}
