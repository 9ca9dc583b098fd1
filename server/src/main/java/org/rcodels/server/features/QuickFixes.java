package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Texts;
import org.rcodels.server.scan.ScanContext;

/**
 * The quick fixes for one diagnostic of {@link DiagnosticsFeature}, chosen by its code (never by its message). Each
 * fix replaces the diagnostic's range on its own line by one of its replacements:
 * <ul>
 *   <li>{@code rcode.unknown-name}: one "Change to X" per suggestion, the first preferred;</li>
 *   <li>{@code rcode.wrong-case}: "Change to X", preferred;</li>
 *   <li>{@code rcode.invalid-in-place}: "Rename RCodeRule to ERCodeRule", or "Remove NOERROR" from a failover list
 *       (with the space before it), preferred; none for an RCODE constant given as an EDE code;</li>
 *   <li>{@code rcode.surprising-meaning}: the alternative (policy.NO_ANSWER, refuse), not preferred: the setting may
 *       be what was meant;</li>
 *   <li>{@code rcode.ede-unregistered}: none (only the author knows which code was meant);</li>
 *   <li>{@code rcode.deprecated}: none (pdns.DROP has no one-word replacement).</li>
 * </ul>
 * A diagnostic whose range no longer fits its line (the document changed) gets no fix.
 */
final class QuickFixes {
    private QuickFixes() {
    }

    static List<Action> fixes(ScanContext ctx, Diagnostic d, Texts texts) {
        if (ctx == null || d == null || d.code() == null || d.line() < 0 || d.line() >= ctx.lineCount()) {
            return List.of();
        }
        String text = ctx.line(d.line());
        if (text == null || d.start() < 0 || d.end() > text.length() || d.start() > d.end()) {
            return List.of();
        }
        Texts t = texts != null ? texts : ctx.catalog().texts(Texts.DEFAULT_LANGUAGE);
        String current = text.substring(d.start(), d.end());
        List<Action> out = new ArrayList<>();
        switch (d.code()) {
            case DiagnosticsFeature.UNKNOWN_NAME, DiagnosticsFeature.WRONG_CASE -> {
                for (int i = 0; i < d.replacements().size(); i++) {
                    String r = d.replacements().get(i);
                    if (!r.isEmpty() && !r.equals(current)) {
                        out.add(fix(t.label("fix.change", "text", r), d, edit(d, r), out.isEmpty()));
                    }
                }
            }
            case DiagnosticsFeature.INVALID_IN_PLACE -> {
                for (String r : d.replacements()) {
                    if (r.isEmpty()) {
                        out.add(fix(t.label("fix.remove", "text", current), d, removal(d, text), true));
                    } else if (r.equals(current + "()")) {
                        out.add(fix(t.label("fix.call", "text", r), d, edit(d, r), true));
                    } else if (r.equals("E" + current)) {
                        // RCodeAction to ERCodeAction: the function is renamed
                        out.add(fix(t.label("fix.rename", "from", current, "to", r), d, edit(d, r), true));
                    } else if (!r.equals(current)) {
                        // a value written as the place takes it (dnsdist YAML rcode: badcookie is "23")
                        out.add(fix(t.label("fix.change", "text", r), d, edit(d, r), true));
                    }
                }
            }
            case DiagnosticsFeature.SURPRISING_MEANING -> {
                // the title says what the replacement does where that is one thing; else it names the replacement
                Slots.Kind kind = kindAt(ctx, d);
                String key = kind == null ? "fix.change" : switch (kind) {
                    case KRESD_POLICY -> "fix.surprising.kresd";
                    case UNBOUND_ZONE_TYPE, UNBOUND_ACCESS, DNSDIST_YAML_DYN_ACTION, DNSDIST_DYN_ACTION -> "fix.surprising.unbound";
                    default -> "fix.change";
                };
                for (String r : d.replacements()) {
                    if (!r.isEmpty() && !r.equals(current)) {
                        out.add(fix(t.label(key, "text", r), d, edit(d, r), false));
                    }
                }
            }
            default -> {
                // rcode.ede-unregistered, rcode.deprecated and unknown codes: nothing to apply
            }
        }
        return out;
    }

    /** The kind of the slot the diagnostic is on, or null. */
    private static Slots.Kind kindAt(ScanContext ctx, Diagnostic d) {
        for (Slots.Slot s : Slots.onLine(ctx, d.line(), -1)) {
            if (s.start() == d.start() && s.end() == d.end()) {
                return s.kind();
            }
        }
        return null;
    }

    private static Action fix(String title, Diagnostic d, Action.Edit edit, boolean preferred) {
        return new Action(title, Action.Kind.QUICKFIX, List.of(edit), null, List.of(), d, preferred);
    }

    private static Action.Edit edit(Diagnostic d, String text) {
        return new Action.Edit(d.line(), d.start(), d.end(), text);
    }

    /**
     * Removes the range, its quotes if it is a quoted word's inside, and the white space before it (or after it, at
     * the start of a list).
     */
    private static Action.Edit removal(Diagnostic d, String text) {
        int s = d.start();
        int end = d.end();
        if (s > 0 && end < text.length() && text.charAt(s - 1) == '"' && text.charAt(end) == '"') {
            s--;
            end++;
        }
        int first = s;
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
            s--;
        }
        if (s < first) {
            return new Action.Edit(d.line(), s, end, "");
        }
        int e = end;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        return new Action.Edit(d.line(), first, e, "");
    }
}
