package fr.ipe.convention;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConventionServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConventionServiceApplication.class, args);
    }
}
