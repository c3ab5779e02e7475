package fr.ipe.gateway.api;

import fr.ipe.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a caller gets when a service is down, slow or its circuit is open: a 503 problem, never a hang. */
@RestController
public class FallbackController {

    @RequestMapping("/fallback/{route}")
    public ResponseEntity<ProblemDetail> unavailable(@PathVariable String route) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", "The " + route + " service cannot answer right now; retry later");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
