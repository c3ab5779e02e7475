package fr.ipe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

    enum Party { MINISTRY, ASSOCIATION }

    record Payment(Integer year, Long amountCents, LocalDate paidOn, Party party, String note, boolean urgent) {
    }

    final ObjectMapper application = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    final ObjectMapper strict = RequestJson.strict(application);
    static final String VALID = "{\"year\":2031,\"amountCents\":100,\"paidOn\":\"2031-01-01\",\"party\":\"MINISTRY\","
            + "\"note\":\"ligne 1\\r\\n\\tligne 2\",\"urgent\":true}";

    @Test
    void aWellFormedRequestIsRead() throws Exception {
        Payment payment = strict.readValue(VALID, Payment.class);
        assertThat(payment.paidOn()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(payment.note()).contains("\t");
        assertThat(strict.readValue(VALID.replace(",\"urgent\":true", ""), Payment.class).urgent())
                .as("an absent optional primitive keeps its default").isFalse();
    }

    @Test
    void lenientFormsAreRefused() {
        refused(VALID + " {\"x\":1}");
        refused(VALID.replace("{", "{\"year\":2030,"));
        refused(VALID.replace("\"2031-01-01\"", "20310101"));
        refused(VALID.replace("\"2031-01-01\"", "\"2031-02-30\""));
        refused(VALID.replace("\"MINISTRY\"", "1"));
        refused(VALID.replace("100", "100.99"));
        refused(VALID.replace("2031,", "\"2031\","));
        refused(VALID.replace("true", "\"true\""));
        refused(VALID.replace("\"ligne 1", "12, \"x\":\"ligne 1"));
        refused(VALID.replace("\"ligne 1\\r\\n\\tligne 2\"", "42"));
    }

    @Test
    void controlCharactersAndDatesOutOfTheWindowAreRefusedNamingTheField() {
        assertThatThrownBy(() -> strict.readValue(VALID.replace("ligne 1", "X\\u0000Y"), Payment.class))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo(RequestText.RULE);
                    assertThat(e.getPath().get(0).getFieldName()).isEqualTo("note");
                });
        for (String date : new String[] {"+999999999-12-31", "1899-12-31", "2200-01-01"}) {
            assertThatThrownBy(() -> strict.readValue(VALID.replace("2031-01-01", date), Payment.class))
                    .isInstanceOfSatisfying(RejectedInputException.class,
                            e -> assertThat(e.rule()).isEqualTo(RequestJson.DATE_RULE));
        }
    }

    @Test
    void theApplicationMapperStaysAsItWasForEvents() throws Exception {
        assertThat(application.readValue(VALID.replace("2031,", "\"2031\","), Payment.class).year()).isEqualTo(2031);
    }

    private void refused(String json) {
        assertThatThrownBy(() -> strict.readValue(json, Payment.class)).as(json)
                .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    }
}
