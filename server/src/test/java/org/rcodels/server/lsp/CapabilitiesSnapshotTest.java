package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/**
 * The capabilities the server advertises, pinned. A change here is a change users see: update the snapshot file on
 * purpose (src/test/resources/lsp/capabilities.json), never to make the test pass by accident.
 */
class CapabilitiesSnapshotTest {
    @Test
    void advertisedCapabilitiesMatchTheSnapshot() throws Exception {
        var gson = new MessageJsonHandler(ServiceEndpoints.getSupportedMethods(LanguageServer.class)).getGson();
        String actual = gson.toJson(RcodeServer.capabilities(ClientInfo.DEFAULT));
        String expected = Files.readString(Path.of("src/test/resources/lsp/capabilities.json"), StandardCharsets.UTF_8);
        assertEquals(JsonParser.parseString(expected), JsonParser.parseString(actual), "capabilities: " + actual);
    }
}
