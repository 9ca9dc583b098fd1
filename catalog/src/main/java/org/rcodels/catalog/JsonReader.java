package org.rcodels.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's JSON, read with Jackson's streaming parser. The callers ({@link DataReader}, {@link Texts}) take
 * the values they expect field by field; anything else (an unknown field, a value of the wrong type, a duplicate
 * key, text after the end) is a {@link Shape} error that carries the JSON path, so that the message can name the
 * file, the entry and the field.
 *
 * <p>Why not data binding: Jackson's {@code ObjectMapper} set up its deserializers by reflection on every start,
 * which was most of the catalog's load time on a cold JVM (see docs/PERFORMANCE.md, change 17).
 */
final class JsonReader implements AutoCloseable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A value of the wrong shape, at {@link #path} (field names and array indices, outermost first). */
    static final class Shape extends RuntimeException {
        final List<Object> path;

        Shape(String message, List<Object> path) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    private final JsonParser parser;
    /** Field names (String) and array indices (int[1], counted up in place) from the root to the current value. */
    private final ArrayList<Object> path = new ArrayList<>();
    /** A token read ahead by {@link #nextElement()}, not yet taken by a value reader. */
    private JsonToken pending;

    JsonReader(InputStream in) throws IOException {
        this.parser = FACTORY.createParser(in);
    }

    /** Fails unless the whole input has been read. */
    void end() throws IOException {
        JsonToken t = parser.nextToken();
        if (t != null) {
            throw fail("unexpected " + describe(t) + " after the end of the document");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    // ------------------------------------------------------------------------------------------------ structure

    /** Reads the start of an object; false for {@code null}. */
    boolean beginObject() throws IOException {
        JsonToken t = take();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_OBJECT) {
            throw fail("expected an object, found " + describe(t));
        }
        path.add("");
        return true;
    }

    /** Reads the start of an object that must be there (not null). */
    void requireObject() throws IOException {
        if (!beginObject()) {
            throw fail("expected an object, found null");
        }
    }

    /** Reads one value of a list. */
    interface Item<T> {
        T read(JsonReader r) throws IOException;
    }

    /** A list whose elements {@code item} reads; null for {@code null}. */
    <T> List<T> list(Item<T> item) throws IOException {
        if (!beginArray()) {
            return null;
        }
        List<T> out = new ArrayList<>();
        while (nextElement()) {
            out.add(item.read(this));
        }
        return out;
    }

    /** The next field's name, the reader then being before its value; null at the end of the object. */
    String nextField() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_OBJECT) {
            path.remove(path.size() - 1);
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw fail("expected a field name, found " + describe(t));
        }
        String name = parser.currentName();
        path.set(path.size() - 1, name);
        return name;
    }

    /** Reads the start of an array; false for {@code null}. */
    boolean beginArray() throws IOException {
        JsonToken t = take();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_ARRAY) {
            throw fail("expected a list, found " + describe(t));
        }
        path.add(new int[] {-1});
        return true;
    }

    /** Whether the array has another element; the reader is then before it. */
    boolean nextElement() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            path.remove(path.size() - 1);
            return false;
        }
        if (t == null) {
            throw fail("unexpected end of the document");
        }
        ((int[]) path.get(path.size() - 1))[0]++;
        pending = t;
        return true;
    }

    /** The error for a field the caller does not know, listing the ones it does. */
    Shape unknownField(String name, List<String> known) {
        return fail("field '" + name + "' is not a known field (known fields: " + String.join(", ", known) + ")");
    }

    // ------------------------------------------------------------------------------------------------ values

    String string() throws IOException {
        JsonToken t = take();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw fail("expected text, found " + describe(t));
        }
        return parser.getText();
    }

    Integer integer() throws IOException {
        JsonToken t = take();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw fail("expected a whole number (32 bits), found " + describe(t));
        }
        return parser.getIntValue();
    }

    int requiredInt() throws IOException {
        Integer v = integer();
        if (v == null) {
            throw fail("expected a whole number, found null");
        }
        return v;
    }

    Boolean bool() throws IOException {
        JsonToken t = take();
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw fail("expected true or false, found " + describe(t));
        };
    }

    /** One of the constants, spelled as in the code; null for {@code null}. */
    <E extends Enum<E>> E constant(E[] values) throws IOException {
        String s = string();
        if (s == null) {
            return null;
        }
        for (E e : values) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : values) {
            names.add(e.name());
        }
        throw fail("'" + s + "' is not one of " + String.join(", ", names));
    }

    List<String> strings() throws IOException {
        return list(JsonReader::string);
    }

    /** A list of text, or a single text standing for a list of one. */
    List<String> stringOrStrings() throws IOException {
        JsonToken t = peek();
        if (t == JsonToken.VALUE_STRING) {
            return List.of(string());
        }
        return strings();
    }

    <E extends Enum<E>> List<E> constants(E[] values) throws IOException {
        return list(r -> r.constant(values));
    }

    /**
     * Any value as plain Java: {@code LinkedHashMap}, {@code ArrayList}, {@code String}, {@code Integer} or
     * {@code Long} or {@code Double}, {@code Boolean}, null.
     */
    Object any() throws IOException {
        JsonToken t = take();
        switch (t) {
            case START_OBJECT: {
                pending = t;
                beginObject();
                Map<String, Object> m = new LinkedHashMap<>();
                String f;
                while ((f = nextField()) != null) {
                    m.put(f, any());
                }
                return m;
            }
            case START_ARRAY: {
                pending = t;
                beginArray();
                List<Object> l = new ArrayList<>();
                while (nextElement()) {
                    l.add(any());
                }
                return l;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw fail("unexpected " + describe(t));
        }
    }

    // ------------------------------------------------------------------------------------------------ internals

    private JsonToken take() throws IOException {
        JsonToken t = pending;
        if (t != null) {
            pending = null;
            return t;
        }
        t = parser.nextToken();
        if (t == null) {
            throw fail("unexpected end of the document");
        }
        return t;
    }

    private JsonToken peek() throws IOException {
        if (pending == null) {
            pending = take();
        }
        return pending;
    }

    /** A {@link Shape} error here; the message gets the name of the field it is in, unless it names one. */
    Shape fail(String message) {
        List<Object> copy = new ArrayList<>(path.size());
        String field = null;
        for (Object o : path) {
            copy.add(o instanceof int[] i ? (Object) i[0] : o);
            if (o instanceof String s && !s.isEmpty()) {
                field = s;
            }
        }
        if (field != null && !message.startsWith("field '")) {
            message = "field '" + field + "': " + message;
        }
        return new Shape(message, copy);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** "(at .entries[3].colour)", or "" at the root. */
    static String where(List<Object> path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (at ");
        for (Object o : path) {
            sb.append(o instanceof Integer i ? "[" + i + "]" : "." + o);
        }
        return sb.append(')').toString();
    }

    /**
     * The whole document as plain Java ({@link #any()}), or the reason it cannot be read: for error messages and
     * the files read whole.
     */
    static Object tree(InputStream in) throws IOException {
        try (JsonReader r = new JsonReader(in)) {
            Object o = r.any();
            r.end();
            return o;
        }
    }

    /** A syntax error's message with its line, for {@link CatalogException}s. */
    static String syntax(JsonProcessingException e) {
        var loc = e.getLocation();
        return e.getOriginalMessage() + (loc == null ? "" : " (line " + loc.getLineNr() + ")");
    }
}
