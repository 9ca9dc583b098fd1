package org.rcodels.server.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PositionEncodingKind;

/**
 * What the client told us in {@code initialize}, read once into plain values.
 *
 * @param locale               the client's locale (may be null)
 * @param utf8                 positions are UTF-8 byte offsets (negotiated), else UTF-16
 * @param hoverMarkdown        hover content may be Markdown
 * @param completionMarkdown   completion documentation may be Markdown
 * @param configurationPull    the client answers workspace/configuration
 * @param processId            the client's process id, or null
 * @param snippets             completion items may insert snippets
 */
public record ClientInfo(String locale, boolean utf8, boolean hoverMarkdown, boolean completionMarkdown,
                         boolean configurationPull, Integer processId, boolean snippets) {

    public static final ClientInfo DEFAULT = new ClientInfo(null, false, true, true, false, null, false);

    public static ClientInfo from(InitializeParams p) {
        ClientCapabilities caps = p.getCapabilities();
        boolean utf8 = false;
        boolean hoverMd = true;
        boolean complMd = true;
        boolean config = false;
        boolean snippets = false;
        if (caps != null) {
            if (caps.getGeneral() != null && caps.getGeneral().getPositionEncodings() != null) {
                List<String> enc = caps.getGeneral().getPositionEncodings();
                // the client lists encodings in order of preference; take UTF-8 only if it prefers it to UTF-16
                int i8 = enc.indexOf(PositionEncodingKind.UTF8);
                int i16 = enc.indexOf(PositionEncodingKind.UTF16);
                utf8 = i8 >= 0 && (i16 < 0 || i8 < i16);
            }
            var td = caps.getTextDocument();
            if (td != null && td.getHover() != null && td.getHover().getContentFormat() != null
                    && !td.getHover().getContentFormat().isEmpty()) {
                hoverMd = MarkupKind.MARKDOWN.equals(td.getHover().getContentFormat().get(0));
            }
            if (td != null && td.getCompletion() != null && td.getCompletion().getCompletionItem() != null
                    && td.getCompletion().getCompletionItem().getDocumentationFormat() != null
                    && !td.getCompletion().getCompletionItem().getDocumentationFormat().isEmpty()) {
                complMd = MarkupKind.MARKDOWN.equals(td.getCompletion().getCompletionItem().getDocumentationFormat().get(0));
            }
            if (td != null && td.getCompletion() != null && td.getCompletion().getCompletionItem() != null
                    && Boolean.TRUE.equals(td.getCompletion().getCompletionItem().getSnippetSupport())) {
                snippets = true;
            }
            if (caps.getWorkspace() != null && Boolean.TRUE.equals(caps.getWorkspace().getConfiguration())) {
                config = true;
            }
        }
        return new ClientInfo(p.getLocale(), utf8, hoverMd, complMd, config, p.getProcessId(), snippets);
    }
}
