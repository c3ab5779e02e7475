package fr.ipe.stagebank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StageBankServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(StageBankServiceApplication.class, args);
    }
}
