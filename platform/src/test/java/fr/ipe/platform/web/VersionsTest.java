package fr.ipe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ipe.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** If-Match against an aggregate's version: strong comparison only (RFC 9110, section 13.1.1). */
class VersionsTest {

    @Test
    void aStrongTagNamesTheVersionItExpects() {
        assertThat(Versions.expected("\"0\"")).isZero();
        assertThat(Versions.expected(" \"12\" ")).isEqualTo(12L);
        assertThat(Versions.expected(null)).isNull();
        assertThat(Versions.expected("*")).isNull();
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void aWeakTagNeverMatchesAndIsRefusedWith412() {
        for (String weak : new String[] {"W/\"0\"", "W/\"3\"", " W/\"0\""}) {
            assertThatThrownBy(() -> Versions.expected(weak)).as(weak)
                    .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                        assertThat(refused.getBody().getProperties()).containsEntry("field", "If-Match")
                                .containsEntry("rule", "weak-if-match");
                    });
        }
    }

    @Test
    void somethingThatIsNoEntityTagIsRefusedWith422() {
        assertThatThrownBy(() -> Versions.expected("\"x\"")).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.rule()).isEqualTo("invalid-if-match"));
    }
}
