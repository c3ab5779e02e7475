package fr.ipe.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ipe.platform.domain.RuleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Every error a controller can meet becomes a problem+json body naming the rule and the field. */
class ProblemDetailsAdviceTest {

    record Draft(@NotBlank String title, @NotNull LocalDate startDate, Long subsidyTotalCents) {
    }

    @RestController
    static class Conventions {
        @PostMapping("/drafts")
        String draft(@Valid @RequestBody Draft draft) {
            if (draft.subsidyTotalCents() != null && draft.subsidyTotalCents() > 720_000_000L) {
                throw RuleViolation.unprocessable("subsidy-ceiling-exceeded", "subsidyTotalCents",
                        "exceeds the ceiling of the convention");
            }
            return "drafted";
        }

        @PostMapping("/drafts/{year}/signatures")
        String sign(@PathVariable int year) {
            throw RuleViolation.conflict("already-signed", "the ministry already signed");
        }

        @GetMapping("/drafts/{year}")
        String read(@PathVariable int year) {
            throw new AccessDeniedException("only the académie's rectorat reads it");
        }
    }

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        MappingJackson2HttpMessageConverter strictJson = new MappingJackson2HttpMessageConverter(
                RequestJson.strict(Jackson2ObjectMapperBuilder.json().build()));
        mvc = MockMvcBuilders.standaloneSetup(new Conventions()).setControllerAdvice(new ProblemDetailsAdvice())
                .setMessageConverters(strictJson).build();
    }

    @Test
    void aBusinessRuleIs422WithTheRuleAndTheField() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"Convention\",\"startDate\":\"2007-03-01\","
                + "\"subsidyTotalCents\":900000000}"), 422, "subsidy-ceiling-exceeded")
                .andExpect(jsonPath("$.field").value("subsidyTotalCents"))
                .andExpect(jsonPath("$.errors[0].field").value("subsidyTotalCents"))
                .andExpect(jsonPath("$.errors[0].rule").value("subsidy-ceiling-exceeded"))
                .andExpect(jsonPath("$.detail").value("exceeds the ceiling of the convention"));
    }

    @Test
    void aConflictWithTheCurrentStateIs409() throws Exception {
        expectProblem(postJson("/drafts/2007/signatures", "{}"), 409, "already-signed")
                .andExpect(jsonPath("$.title").value("Rule violated: already-signed"));
    }

    @Test
    void beanValidationIs400WithEveryFieldInErrors() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\" \"}"), 400, "validation")
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].rule").value("not-blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'startDate')].rule").value("not-null"));
    }

    @Test
    void unreadableJsonIs400() throws Exception {
        expectProblem(postJson("/drafts", "{not json"), 400, "unreadable-body");
    }

    @Test
    void aDuplicateKeyIs400NamingIt() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"Convention\",\"startDate\":\"2007-03-01\","
                + "\"title\":\"Autre\"}"), 400, "duplicate-key")
                .andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void halfASurrogatePairIs400NamingTheFieldAsAnEscapeAndAsBytes() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"X\\ud800Y\",\"startDate\":\"2007-03-01\"}"), 400,
                "unpaired-surrogate").andExpect(jsonPath("$.field").value("title"));
        byte[] raw = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'X', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'Y',
                '"', '}'};
        expectProblem(mvc.perform(post("/drafts").contentType(MediaType.APPLICATION_JSON).content(raw)), 400,
                "not-utf-8").andExpect(jsonPath("$.field").value("title"));
    }

    @Test
    void brokenJsonIs400NamingWhereItBroke() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"Convention\",\"startDate\": }"), 400, "unreadable-body")
                .andExpect(jsonPath("$.field").value("startDate"));
    }

    @Test
    void anUnknownFieldIs400NamingIt() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"Convention\",\"startDate\":\"2007-03-01\","
                + "\"annualSubsidyCents\":1}"), 400, "unknown-field")
                .andExpect(jsonPath("$.field").value("annualSubsidyCents"));
    }

    @Test
    void aValueOfTheWrongFormatIs400NamingTheField() throws Exception {
        expectProblem(postJson("/drafts", "{\"title\":\"Convention\",\"startDate\":\"2007-13-01\"}"), 400,
                "invalid-format").andExpect(jsonPath("$.field").value("startDate"));
        expectProblem(mvc.perform(get("/drafts/two-thousand-seven")), 400, "invalid-format")
                .andExpect(jsonPath("$.field").value("year"))
                .andExpect(jsonPath("$.detail").value("must be a valid int"));
    }

    @Test
    void accessDeniedIs403() throws Exception {
        expectProblem(mvc.perform(get("/drafts/2007")), 403, "forbidden")
                .andExpect(jsonPath("$.detail").value("only the académie's rectorat reads it"));
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions expectProblem(ResultActions result, int status, String rule) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + rule))
                .andExpect(jsonPath("$.rule").value(rule));
    }
}
