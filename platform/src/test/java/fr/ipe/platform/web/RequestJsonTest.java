package fr.ipe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

    record Line(String name, Long amountCents) {
    }

    record Budget(List<Line> income) {
    }

    @Test
    void aDuplicateKeyIsRefusedWhereTheParserCanNameItsPath() {
        assertDuplicateAt(VALID.replace("{", "{\"year\":2030,"), Payment.class, "year");
        assertDuplicateAt("{\"income\":[{\"name\":\"a\",\"amountCents\":1},{\"name\":\"b\",\"name\":\"c\"}]}",
                Budget.class, "income[1].name");
    }

    private void assertDuplicateAt(String json, Class<?> type, String path) {
        assertThatThrownBy(() -> strict.readValue(json, type)).as(json).satisfies(e -> {
            StreamReadException syntax = syntaxErrorOf(e);
            assertThat(syntax.getOriginalMessage()).startsWith(RequestJson.DUPLICATE_KEY_MESSAGE);
            assertThat(RequestJson.pathOf(syntax.getProcessor().getParsingContext())).isEqualTo(path);
        });
    }

    /** Jackson's syntax error, wrapped or not by the databinding. */
    private static StreamReadException syntaxErrorOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        throw new AssertionError("no syntax error in " + error);
    }

    @Test
    void halfASurrogatePairIsRefusedAsAnEscapeAndAsBytesAndAWholePairIsText() throws Exception {
        String escaped = VALID.replace("ligne 1", "X\\ud800Y");
        byte[] bytes = VALID.replace("ligne 1", "X@Y").getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[bytes.length + 2];
        int at = VALID.indexOf("ligne 1") + 1;
        System.arraycopy(bytes, 0, raw, 0, at);
        raw[at] = (byte) 0xED;
        raw[at + 1] = (byte) 0xA0;
        raw[at + 2] = (byte) 0x80;
        System.arraycopy(bytes, at + 1, raw, at + 3, bytes.length - at - 1);
        for (ThrowingReader read : new ThrowingReader[] {() -> strict.readValue(escaped, Payment.class),
                () -> strict.readValue(VALID.replace("ligne 1", "X\\udc00"), Payment.class)}) {
            assertThatThrownBy(read::read).isInstanceOfSatisfying(RejectedInputException.class, e -> {
                assertThat(e.rule()).isEqualTo(RequestText.SURROGATE_RULE);
                assertThat(e.getPath().get(0).getFieldName()).isEqualTo("note");
            });
        }
        // as bytes (ED A0 80), UTF-8 forbids it: the parser refuses it where it stands
        assertThatThrownBy(() -> strict.readValue(raw, Payment.class)).satisfies(e -> {
            StreamReadException syntax = syntaxErrorOf(e);
            assertThat(syntax.getOriginalMessage()).startsWith(RequestJson.INVALID_UTF8_MESSAGE);
            assertThat(RequestJson.pathOf(syntax.getProcessor().getParsingContext())).isEqualTo("note");
        });
        assertThat(strict.readValue(VALID.replace("ligne 1", "X\\ud83d\\ude00Y"), Payment.class).note())
                .startsWith("X\ud83d\ude00Y");
    }

    interface ThrowingReader {
        Object read() throws Exception;
    }

    @Test
    void pathsAndQueriesMustBeUtf8OnceDecoded() {
        assertThat(RequestText.isUtf8WhenDecoded("/api/conventions/%C3%A9t%C3%A9")).isTrue();
        assertThat(RequestText.isUtf8WhenDecoded("a=%F0%9F%98%80&b=%zz")).isTrue();
        assertThat(RequestText.isUtf8WhenDecoded("academie=a%ED%A0%80b")).as("a lone surrogate's bytes").isFalse();
        assertThat(RequestText.isUtf8WhenDecoded("x=%FF")).isFalse();
        assertThat(RequestText.isUtf8WhenDecoded("x=%C3")).as("a sequence cut short").isFalse();
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
