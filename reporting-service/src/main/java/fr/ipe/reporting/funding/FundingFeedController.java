package fr.ipe.reporting.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The funding feed of the association's finance team: {@code ipe.funding.v1} served by offset, straight from Kafka. */
@RestController
@RequestMapping("/api/reports/funding")
@Validated
@Tag(name = "Reports: funding feed", description = "Every funding event (subsidies notified, paid, suspended, resumed, "
        + "reduced, reclaimed) in one total order, as CloudEvents, paged by cursor")
public class FundingFeedController {

    /** Only the finance team reads the feed. */
    static final String FINANCE_ONLY = "hasRole('" + Roles.FINANCE + "')";
    static final int DEFAULT_PAGE = 100;
    /** A Kafka offset in decimal: a non-negative long has at most 19 digits. */
    private static final Pattern CURSOR = Pattern.compile("[0-9]{1,19}");

    private final FundingFeed feed;

    public FundingFeedController(FundingFeed feed) {
        this.feed = feed;
    }

    /**
     * A page of the feed. {@code next} is the cursor to pass as {@code after} for the following page; when there is
     * nothing new it is the request's own {@code after} (null when the feed was read from the beginning and is empty).
     */
    public record FundingFeedPage(List<JsonNode> events, String next) {
    }

    /** The {@code after} parameter is not a cursor this feed hands out. */
    static class InvalidCursorException extends RuntimeException {
        InvalidCursorException(String message) {
            super(message);
        }
    }

    @GetMapping
    @PreAuthorize(FINANCE_ONLY)
    @Operation(summary = "Funding events after a cursor, in the order they happened",
            description = "Events of ipe.funding.v1 in offset order, as CloudEvents in the JSON event format (data "
                    + "embedded as JSON). Follow `next` until a page comes back empty; a cursor stays valid for ever. "
                    + "Role FINANCE.")
    public FundingFeedPage page(
            @Parameter(description = "Cursor from a previous page's `next`; omit to read from the beginning")
            @RequestParam(required = false) String after,
            @Parameter(description = "Most events in the page (1 to " + FundingFeed.MAX_PAGE + ")")
            @RequestParam(defaultValue = "" + DEFAULT_PAGE) @Min(1) @Max(FundingFeed.MAX_PAGE) int limit) {
        Long cursor = after == null ? null : parse(after);
        FundingFeed.Page page = feed.read(cursor, limit);
        Long next = page.lastOffset() != null ? page.lastOffset() : cursor;
        return new FundingFeedPage(page.events(), next == null ? null : Long.toString(next));
    }

    private static long parse(String after) {
        if (!CURSOR.matcher(after).matches()) {
            throw new InvalidCursorException("must be a cursor returned as next by this feed");
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException tooLarge) {
            throw new InvalidCursorException("must be a cursor returned as next by this feed");
        }
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException invalid) {
        ProblemDetail problem = Problems.ofField(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor", "after",
                invalid.getMessage());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(FundingFeed.UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(FundingFeed.UnavailableException unavailable) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "feed-unavailable", "Funding feed unavailable",
                "The funding feed cannot be read right now; retry with the same cursor");
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
