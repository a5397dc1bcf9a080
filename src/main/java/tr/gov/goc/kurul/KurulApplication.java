package tr.gov.goc.kurul;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class KurulApplication {

    public static void main(String[] args) {
        SpringApplication.run(KurulApplication.class, args);
    }
}
