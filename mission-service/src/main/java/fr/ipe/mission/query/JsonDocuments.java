package fr.ipe.mission.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Views as JSONB documents: one way to write and read them. */
final class JsonDocuments {

    private JsonDocuments() {
    }

    static String write(ObjectMapper json, Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(ObjectMapper json, String document, Class<T> type) {
        try {
            // derived properties the documents carry for readers (e.g. MissionActivity's "national") are not read back
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName(), e);
        }
    }
}
