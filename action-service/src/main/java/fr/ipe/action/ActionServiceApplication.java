package fr.ipe.action;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ActionServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(ActionServiceApplication.class, args);
    }
}
