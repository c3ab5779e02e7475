package fr.ipe.platform.views;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Typed values kept in a fact document and read back, through the service's JSON mapping (dates as ISO strings) but
 * without text in between: a record becomes nested documents, and documents become the record again.
 */
public final class FactValues {

    private final ObjectMapper json;

    public FactValues(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Document document, Class<T> type) {
        return json.convertValue(document, type);
    }

    public Document write(Object value) {
        return (Document) documents(json.convertValue(value, Map.class));
    }

    private static Object documents(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document document = new Document();
            map.forEach((key, item) -> document.put((String) key, documents(item)));
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(documents(item)));
            return items;
        }
        return value;
    }
}
