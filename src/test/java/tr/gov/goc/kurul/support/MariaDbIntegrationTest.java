package tr.gov.goc.kurul.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the real MariaDB at 127.0.0.1:3306, in the production profile ({@code mariadb}),
 * with a database of its own ({@code kurul_test} or {@code $KURUL_TEST_DB}, created fresh once per test JVM) and the demo data.
 * Runs in the surefire execution {@code mariadb}. Without a server the tests are skipped, except with
 * {@code CI=true}, where a missing MariaDB fails the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("mariadb")
@ExtendWith(MariaDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mariadb")
@TestPropertySource(properties = {
        "DB_URL=" + MariaDb.SERVER + "${KURUL_TEST_DB:kurul_test}",
        "DB_USER=root",
        "DB_PASSWORD=",
        "KURUL_ADMIN_PASSWORD=admin",
        "kurul.clock.start=" + TestClock.START,
        "kurul.demo.enabled=true",
        "kurul.demo.meetings=none",
        "camunda.bpm.job-execution.enabled=false",
        // mails go to the embedded sink on a free port, not to an SMTP server of the machine
        "kurul.mail.embedded-smtp.enabled=true"})
public @interface MariaDbIntegrationTest {
}
