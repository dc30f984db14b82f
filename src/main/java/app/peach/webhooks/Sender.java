package app.peach.webhooks;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One HTTP POST of a delivery, on the service's Vert.x event loops (no thread waits on the network). The
 * request connects to the address the {@link TargetPolicy} checked, with the URL's host for the Host header,
 * TLS server name and certificate check; redirects are not followed; the whole attempt, from connecting to the
 * end of the answer, has one deadline (5 s by default); at most 4 KB of the answer is read, then the connection
 * is closed. The core HTTP client is used rather than the Web client because the Web client buffers the whole
 * answer, and a receiver could send gigabytes.
 *
 * <p>Up to 32 connections per receiver: with 8, a receiver that answered in 30 ms (a loaded machine) took at most
 * about 250 deliveries a second, and under bench/run's write load events reached it 4 to 9 s after their writes,
 * past the contract's 5 s; with 32 they arrived within half a second.
 */
@ApplicationScoped
class Sender {
    static final int MAX_ANSWER_BYTES = 4096;
    private final Vertx vertx;
    private final HttpClient client;
    private final long timeoutMs;

    Sender(Vertx vertx, WebhookConfig config) {
        this.vertx = vertx;
        this.timeoutMs = config.timeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMs)
                .setKeepAlive(true).setKeepAliveTimeout(30).setVerifyHost(true).setTrustAll(false)
                .setDecompressionSupported(false).setMaxRedirects(0),
                new PoolOptions().setHttp1MaxSize(32));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** What the receiver made of one attempt. */
    record Answer(String outcome, Integer responseCode, String error) {
        static final String DELIVERED = "delivered";
        static final String HTTP_ERROR = "http_error";
        static final String TIMEOUT = "timeout";
        static final String NETWORK_ERROR = "network_error";
        static final String ADDRESS_REFUSED = "address_refused";
        static final String SECRET_UNAVAILABLE = "secret_unavailable";

        static Answer status(int code) {
            return code >= 200 && code <= 299 ? new Answer(DELIVERED, code, null)
                    : new Answer(HTTP_ERROR, code, code >= 300 && code <= 399
                            ? "HTTP " + code + ": redirects are not followed; register the final URL" : "HTTP " + code);
        }

        boolean delivered() {
            return DELIVERED.equals(outcome);
        }
    }

    Future<Answer> post(InetAddress address, TargetPolicy.Target target, Map<String, String> headers, String body) {
        Promise<Answer> done = Promise.promise();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        AtomicInteger status = new AtomicInteger();
        long timer = vertx.setTimer(timeoutMs, id -> {
            int code = status.get();
            if (done.tryComplete(code > 0 ? Answer.status(code)
                    : new Answer(Answer.TIMEOUT, null, "no answer within " + timeoutMs / 1000.0 + " s"))) {
                HttpClientRequest r = request.get();
                if (r != null) {
                    r.reset();
                }
            }
        });
        done.future().onComplete(x -> vertx.cancelTimer(timer));
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.host())
                .setPort(target.port()).setSsl(target.https()).setURI(target.requestUri()).setFollowRedirects(false)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, target.port())));
        headers.forEach(options::putHeader);
        client.request(options).onComplete(created -> {
            if (created.failed()) {
                done.tryComplete(network(created.cause()));
                return;
            }
            HttpClientRequest req = created.result();
            request.set(req);
            if (done.future().isComplete()) { // the deadline passed while connecting
                req.reset();
                return;
            }
            req.send(Buffer.buffer(body)).onComplete(sent -> {
                if (sent.failed()) {
                    done.tryComplete(network(sent.cause()));
                    return;
                }
                HttpClientResponse response = sent.result();
                int code = response.statusCode();
                status.set(code);
                AtomicInteger read = new AtomicInteger();
                response.handler(chunk -> {
                    if (read.addAndGet(chunk.length()) > MAX_ANSWER_BYTES && done.tryComplete(Answer.status(code))) {
                        req.reset(); // read no more: the connection is closed
                    }
                });
                response.exceptionHandler(e -> done.tryComplete(Answer.status(code)));
                response.endHandler(v -> done.tryComplete(Answer.status(code)));
            });
        });
        return done.future();
    }

    /** A network failure in words a coach can act on (never an exception's class name). */
    private static Answer network(Throwable cause) {
        String error;
        if (cause instanceof ConnectException) {
            error = "connection refused or unreachable";
        } else if (cause instanceof SSLException) {
            error = "TLS handshake failed (is the certificate valid for the host and trusted?)";
        } else if (cause != null && cause.getMessage() != null && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("closed")) {
            error = "the connection was closed before an answer";
        } else {
            error = "network error before an answer";
        }
        return new Answer(Answer.NETWORK_ERROR, null, error);
    }
}
