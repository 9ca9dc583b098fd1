package org.rcodels.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.rcodels.catalog.Catalog;

/** Starts the language server over a pair of streams and returns the process exit code when it stops. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /**
     * {@link #start}, with an internal error (a bug or a broken jar) reported on {@code err} as the command line
     * reports it, and exit code 1.
     */
    public static int serve(InputStream in, OutputStream out, PrintStream err) {
        try {
            return start(in, out);
        } catch (RuntimeException | LinkageError e) {
            String m = e.getMessage();
            err.println("rcode-ls: internal error: "
                    + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().split("\\R", 2)[0]));
            return 1;
        }
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
            // LSP4J's own threads (the reader among them) as daemons, ended when the server stops: its default pool
            // keeps idle non-daemon threads for a minute, which would hold up a JVM that embeds the server
            ExecutorService jsonrpc = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "rcode-ls-jsonrpc");
                t.setDaemon(true);
                return t;
            });
            Launcher<LanguageClient> launcher = new Builder()
                    .setExecutorService(jsonrpc)
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(oneWritePerMessage(out))
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
            jsonrpc.shutdownNow();
            return code;
        } finally {
            System.setOut(previousOut);
        }
    }

    /**
     * The channel to the client with a buffer that holds a whole message: LSP4J writes a message's header and body
     * separately and then flushes, and System.out's own buffer is 128 bytes and flushes on every write, so each
     * answer went out in two system calls and the client woke up twice, once for the header and once for the body.
     * Through this buffer a message up to 64 KB leaves in one write at the flush.
     */
    static OutputStream oneWritePerMessage(OutputStream out) {
        return new java.io.BufferedOutputStream(out, 1 << 16);
    }

    /**
     * LSP4J's launcher with three repairs to how it reads messages, and an exception handler.
     *
     * <ul>
     *   <li>Each body is read whole (exactly Content-Length bytes) before it is parsed. LSP4J 1.0.0 parses straight
     *       from the stream and, when parsing stops early (a field of the wrong type or too deep a nesting in the
     *       first 8 KB of a longer body), leaves the rest of the body in the stream, where it is read as headers: the
     *       messages after it are lost until the stream happens to line up again.</li>
     *   <li>After garbage, the next Content-Length header is found even when leftover bytes precede it on its line
     *       (LSP4J would glue every later body to the next header and lose all messages from there on).</li>
     *   <li>A request whose body LSP4J cannot map (params of the wrong arity, a null method...) is answered with a
     *       parse error when its id can be read, where LSP4J would only log it and leave the client waiting.</li>
     *   <li>A method the protocol defines but this server does not offer answers MethodNotFound, not an internal
     *       error carrying a Java stack trace.</li>
     * </ul>
     */
    private static final class Builder extends LSPLauncher.Builder<LanguageClient> {
        private MessageJsonHandler json;
        private RemoteEndpoint endpoint;

        Builder() {
            setExceptionHandler(ServerLauncher::toResponseError);
        }

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

    /** What a request that failed answers: LSP4J's answer for protocol errors, one line and no stack otherwise. */
    static ResponseError toResponseError(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException
                || c instanceof java.lang.reflect.InvocationTargetException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        if (c instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "rcode-ls does not offer this method", null);
        }
        System.err.println("rcode-ls: internal error: " + c);
        c.printStackTrace(System.err);
        return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + c.getClass().getSimpleName(),
                null);
    }

    static final class WholeBodyReader extends StreamMessageProducer {
        private final MessageJsonHandler json;
        private final RemoteEndpoint issues;
        private MessageConsumer consumer;

        WholeBodyReader(InputStream in, MessageJsonHandler json, RemoteEndpoint issues) {
            super(in, json, issues);
            this.json = json;
            this.issues = issues;
        }

        /**
         * Finds the Content-Length header even when bytes left over from a broken frame (a body shorter than its
         * Content-Length said, or one after a header LSP4J could not read) precede it on its line: without this, each
         * later body is glued to the next header line and every message after the garbage is lost.
         */
        @Override
        protected void parseHeader(String line, Headers headers) {
            int at = line.indexOf(CONTENT_LENGTH_HEADER + ":");
            super.parseHeader(at > 0 ? line.substring(at) : line, headers);
        }

        @Override
        public void listen(MessageConsumer callback) {
            this.consumer = callback;
            super.listen(callback);
        }

        @Override
        protected boolean handleMessage(InputStream in, Headers headers) {
            // readNBytes allocates as the bytes arrive (8 KB at a time), not the length claimed up front, and a body
            // of up to 8 KB, a typical request, lands in one array with no buffer to allocate and clear per message
            // (a fresh 64 KB one each time was most of a hover's garbage)
            String text;
            try {
                byte[] bytes = in.readNBytes(Math.max(0, headers.contentLength));
                if (bytes.length < headers.contentLength) {
                    return false;
                }
                text = new String(bytes, java.nio.charset.Charset.forName(headers.charset));
            } catch (IOException e) {
                // the stream broke inside a body: listening ends, as when it breaks between messages
                throw new JsonRpcException(e);
            } catch (IllegalArgumentException e) {
                // an unknown or malformed charset in Content-Type
                fireError(e);
                return true;
            }
            Message message;
            try {
                message = json.parseMessage(text);
            } catch (MessageIssueException e) {
                issues.handle(e.getRpcMessage(), e.getIssues());
                return true;
            } catch (RuntimeException e) {
                fireError(e);
                answerUnreadable(text, e);
                return true;
            }
            try {
                consumer.consume(message);
            } catch (RuntimeException e) {
                fireError(e);
            }
            return true;
        }

        /** Answers a parse error to a body that names a method and a readable id; anything else stays unanswered. */
        private void answerUnreadable(String text, RuntimeException cause) {
            JsonElement el;
            try {
                el = JsonParser.parseString(text);
            } catch (RuntimeException e) {
                return;
            }
            if (!el.isJsonObject() || !el.getAsJsonObject().has("method")) {
                return;
            }
            JsonElement id = el.getAsJsonObject().get("id");
            if (id == null || !id.isJsonPrimitive()) {
                return;
            }
            JsonPrimitive p = id.getAsJsonPrimitive();
            RequestMessage request = new RequestMessage();
            request.setJsonrpc("2.0");
            if (p.isString()) {
                request.setId(p.getAsString());
            } else if (p.isNumber() && p.getAsDouble() == Math.rint(p.getAsDouble())
                    && Math.abs(p.getAsDouble()) <= Integer.MAX_VALUE) {
                request.setId(p.getAsInt());
            } else {
                return;
            }
            JsonElement method = el.getAsJsonObject().get("method");
            request.setMethod(method.isJsonPrimitive() ? method.getAsString() : "");
            issues.handle(request, List.of(new MessageIssue("Message could not be parsed.",
                    ResponseErrorCode.ParseError.getValue(), cause)));
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
