package fr.ipe.mission;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MissionServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(MissionServiceApplication.class, args);
    }
}
