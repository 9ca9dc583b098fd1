package org.rcodels.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The server's settings (section {@code rcode} of the client's configuration), typed once at the boundary.
 *
 * @param hover       hovers on
 * @param completion  completion on
 * @param diagnostics diagnostics on
 * @param inlayHints  inlay hints on
 * @param locale      language override ("" = the client's locale)
 * @param maxFileMb   documents larger than this get no whole-document work after each change (diagnostics, full
 *                    semantic tokens, document links); hover, completion and range requests still work
 */
public record Settings(boolean hover, boolean completion, boolean diagnostics, boolean inlayHints, String locale,
                       int maxFileMb) {

    public static final Settings DEFAULTS = new Settings(true, true, true, true, "", 4);

    /**
     * Reads settings from what the client sent: either the {@code rcode} object itself or an object holding it.
     * Wrong types and unknown keys are ignored; missing values keep their defaults.
     */
    public static Settings from(Object raw) {
        if (!(raw instanceof JsonElement el) || !el.isJsonObject()) {
            return DEFAULTS;
        }
        JsonObject o = el.getAsJsonObject();
        if (o.has("rcode") && o.get("rcode").isJsonObject()) {
            o = o.getAsJsonObject("rcode");
        }
        return new Settings(
                bool(o, "hover", DEFAULTS.hover()),
                bool(o, "completion", DEFAULTS.completion()),
                bool(o, "diagnostics", DEFAULTS.diagnostics()),
                bool(o, "inlayHints", DEFAULTS.inlayHints()),
                string(o, "locale", DEFAULTS.locale()),
                integer(o, "maxFileMb", DEFAULTS.maxFileMb(), 1, 4096));
    }

    private static boolean bool(JsonObject o, String key, boolean def) {
        JsonElement v = o.get(key);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
            // accept {"enable": false} style nesting too
            if (v != null && v.isJsonObject() && v.getAsJsonObject().has("enable")) {
                return bool(v.getAsJsonObject(), "enable", def);
            }
            return def;
        }
        return v.getAsBoolean();
    }

    private static String string(JsonObject o, String key, String def) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString().strip() : def;
    }

    private static int integer(JsonObject o, String key, int def, int min, int max) {
        JsonElement v = o.get(key);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            return def;
        }
        double d = v.getAsDouble();
        return d < min || d > max || Double.isNaN(d) ? def : (int) d;
    }
}
