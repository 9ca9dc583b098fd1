package org.rcodels.server.lsp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.rcodels.catalog.Catalog;

/** Starts the language server over a pair of streams and returns the process exit code when it stops. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /**
     * Serves until the client sends {@code exit}, closes the input, or its process dies. Nothing but protocol is
     * written to {@code out}: System.out is pointed at stderr for the duration, so a stray print cannot corrupt it.
     */
    public static int start(InputStream in, OutputStream out) {
        PrintStream previousOut = System.out;
        System.setOut(System.err);
        try {
            // the catalog loads in the background once initialize is answered: initialize neither waits for it nor
            // shares the CPU with it
            CompletableFuture<Integer> exitCode = new CompletableFuture<>();
            RcodeServer server = new RcodeServer(Catalog::standard, exitCode::complete);
            Launcher<LanguageClient> launcher = new WholeBodies()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            // end of input ends listening; exit notification or client death completes exitCode
            CompletableFuture.runAsync(() -> {
                try {
                    listening.get();
                } catch (Exception e) {
                    // the stream broke: same as end of input
                }
                exitCode.complete(server.shutdownRequested() ? 0 : 1);
            });
            int code = exitCode.join();
            server.stop();
            listening.cancel(true);
            return code;
        } finally {
            System.setOut(previousOut);
        }
    }

    /**
     * LSP4J's launcher, reading each message body whole before parsing it. LSP4J 1.0.0 parses a body straight from
     * the stream and, when parsing stops early (a field of the wrong type or too deep a nesting in the first 8 KB of a
     * longer body), leaves the rest of the body in the stream, where it is read as headers: the messages after it
     * are lost until the stream happens to line up again. Reading exactly Content-Length bytes first keeps every
     * later message framed, whatever the body holds.
     */
    private static final class WholeBodies extends LSPLauncher.Builder<LanguageClient> {
        private MessageJsonHandler json;
        private RemoteEndpoint endpoint;

        @Override
        protected MessageJsonHandler createJsonHandler() {
            json = super.createJsonHandler();
            return json;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            endpoint = super.createRemoteEndpoint(handler);
            return endpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                                                                    LanguageClient client) {
            return super.createMessageProcessor(new WholeBodyReader(input, json, endpoint), consumer, client);
        }
    }

    static final class WholeBodyReader extends StreamMessageProducer {
        WholeBodyReader(InputStream in, MessageJsonHandler json, RemoteEndpoint issues) {
            super(in, json, issues);
        }

        @Override
        protected boolean handleMessage(InputStream in, Headers headers) {
            // grows with the bytes that arrive, not with the length claimed
            ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(headers.contentLength, 1 << 16));
            byte[] buffer = new byte[1 << 16];
            int left = headers.contentLength;
            try {
                while (left > 0) {
                    int n = in.read(buffer, 0, Math.min(buffer.length, left));
                    if (n < 0) {
                        return false;
                    }
                    body.write(buffer, 0, n);
                    left -= n;
                }
            } catch (IOException e) {
                // the stream broke inside a body: listening ends, as when it breaks between messages
                throw new JsonRpcException(e);
            }
            return super.handleMessage(new ByteArrayInputStream(body.toByteArray()), headers);
        }
    }

    /** Waits at most {@code ms} for a future, for shutdown paths. */
    static void await(Future<?> f, long ms) {
        try {
            f.get(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort
        }
    }
}
