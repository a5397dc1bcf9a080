package tr.gov.goc.kurul.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot test of the whole application on H2 in memory, with the demo data, served on a random port
 * (real HTTP, so the security filters, Jersey's /engine-rest and the webapps run as in production). Every
 * class with this annotation shares one application context: do not add per-class properties or mock beans
 * (a second context would start a second engine in the JVM). MockMvc is available for /api calls; process
 * test coverage is recorded for classes that add {@code ProcessEngineCoverageTestExecutionListener}. Its clock starts at
 * {@link TestClock#START}, whatever the machine's date.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(ProcessEngineCoverageConfiguration.class)
@ActiveProfiles("test")
@TestPropertySource(properties = "kurul.clock.start=" + TestClock.START)
public @interface KurulIntegrationTest {
}
