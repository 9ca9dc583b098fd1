package org.rcodels.server.reliability;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Small JSON-RPC building and reading helpers. */
public final class Msg {
    private Msg() {
    }

    public static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    public static JsonObject request(Object id, String method, JsonElement params) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        if (id instanceof Number n) {
            m.addProperty("id", n);
        } else if (id instanceof String s) {
            m.addProperty("id", s);
        } else if (id instanceof JsonElement e) {
            m.add("id", e);
        }
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        return m;
    }

    public static JsonObject notification(String method, JsonElement params) {
        return request(null, method, params);
    }

    /** A response: an id and a result or an error, no method. */
    public static boolean isResponse(JsonObject m) {
        return m.has("id") && !m.has("method") && (m.has("result") || m.has("error"));
    }

    /** Whether a message's id is the given int or string id. */
    public static boolean idEquals(JsonElement id, Object expected) {
        if (id == null || !id.isJsonPrimitive()) {
            return false;
        }
        JsonPrimitive p = id.getAsJsonPrimitive();
        if (expected instanceof Number n) {
            return p.isNumber() && p.getAsLong() == n.longValue() && p.getAsDouble() == n.doubleValue();
        }
        return p.isString() && p.getAsString().equals(expected);
    }

    /** The id of a response as a Java value: Long for a number, String for a string, null otherwise. */
    public static Object idOf(JsonObject m) {
        JsonElement id = m.get("id");
        if (id == null || !id.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive p = id.getAsJsonPrimitive();
        if (p.isNumber()) {
            return p.getAsLong();
        }
        return p.isString() ? p.getAsString() : null;
    }

    /**
     * Checks that a response is well formed: exactly one of result and error, and an error has an integer code and a
     * string message. Returns a description of what is wrong, or null.
     */
    public static String malformedResponse(JsonObject m) {
        if (m.has("result") == m.has("error")) {
            return "a response must have exactly one of result and error: " + m;
        }
        if (m.has("error")) {
            JsonElement e = m.get("error");
            if (!e.isJsonObject()) {
                return "error is not an object: " + m;
            }
            JsonObject o = e.getAsJsonObject();
            if (!o.has("code") || !o.get("code").isJsonPrimitive() || !o.get("code").getAsJsonPrimitive().isNumber()
                    || o.get("code").getAsDouble() != Math.rint(o.get("code").getAsDouble())) {
                return "error without an integer code: " + m;
            }
            if (!o.has("message") || !o.get("message").isJsonPrimitive()
                    || !o.get("message").getAsJsonPrimitive().isString()) {
                return "error without a string message: " + m;
            }
        }
        return null;
    }

    /** The error code of a response, or null for a result. */
    public static Integer errorCode(JsonObject m) {
        return m.has("error") ? m.getAsJsonObject("error").get("code").getAsInt() : null;
    }
}
