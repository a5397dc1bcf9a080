package tr.gov.goc.kurul;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class KurulApplication {

    public static void main(String[] args) {
        // dates in process variables ("2027-04-08T17:30:00") are times in Türkiye, whatever the server's zone
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Istanbul"));
        SpringApplication.run(KurulApplication.class, args);
    }
}
