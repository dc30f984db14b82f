package app.peach.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1 (an allowed host in the test profile) that records what it was sent. */
final class TestReceiver implements AutoCloseable {

    /** What one request carried: headers (lower-case names), the raw body, when it arrived (nanoTime). */
    record Received(Map<String, String> headers, String body, long nanoTime) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** How to answer the n-th request (1-based). */
    @FunctionalInterface
    interface Responder {
        void answer(int nth, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private volatile Responder responder;

    TestReceiver(Responder responder) throws IOException {
        this.responder = responder;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int nth;
            synchronized (received) {
                received.add(new Received(headers, body, System.nanoTime()));
                nth = received.size();
                received.notifyAll();
            }
            try {
                this.responder.answer(nth, exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static TestReceiver answering(int... statuses) throws IOException {
        return new TestReceiver((nth, ex) -> status(ex, statuses[Math.min(nth, statuses.length) - 1]));
    }

    static void status(HttpExchange ex, int code) throws IOException {
        ex.sendResponseHeaders(code, -1);
    }

    static void text(HttpExchange ex, int code, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/peach";
    }

    void respondWith(Responder r) {
        this.responder = r;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until at least {@code count} requests arrived; returns them (fewer if the wait ran out). */
    List<Received> await(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (received) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
