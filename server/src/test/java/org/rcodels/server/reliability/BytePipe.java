package org.rcodels.server.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;

/**
 * An unbounded in-memory pipe. Unlike {@link java.io.PipedInputStream} it never blocks the writer and does not
 * declare the pipe "broken" when the last thread that wrote to it ends (LSP4J and the server write from pool threads
 * that come and go), so a long run cannot fail for reasons that have nothing to do with the server. A read blocked on
 * an empty pipe throws {@link InterruptedIOException} when its thread is interrupted, as a socket would.
 */
final class BytePipe {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headOffset;
    private boolean closed;

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            byte[] copy = new byte[len];
            System.arraycopy(b, off, copy, 0, len);
            synchronized (BytePipe.this) {
                if (closed) {
                    throw new IOException("pipe closed");
                }
                chunks.addLast(copy);
                BytePipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            synchronized (BytePipe.this) {
                while (chunks.isEmpty()) {
                    if (closed) {
                        return -1;
                    }
                    try {
                        BytePipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted");
                    }
                }
                byte[] head = chunks.peekFirst();
                int n = Math.min(len, head.length - headOffset);
                System.arraycopy(head, headOffset, b, off, n);
                headOffset += n;
                if (headOffset == head.length) {
                    chunks.removeFirst();
                    headOffset = 0;
                }
                return n;
            }
        }

        @Override
        public void close() {
            // the reader's side closing does not end the writer's data
        }
    };

    /** End of data: readers get -1 once everything written has been read. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
