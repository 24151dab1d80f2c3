package org.jgan.experiments.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads over HTTP(S) with {@code java.net.http}: follows redirects, fails on any status but 200, and bounds
 * the wait for a connection and for the response headers (not the body, whose time depends on its size).
 */
public final class HttpTransport implements DatasetFetcher.Transport {
    /** Longest wait for a TCP/TLS connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** Longest wait from the request to the response headers. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Duration responseTimeout;

    /** A transport with the default timeouts. */
    public HttpTransport() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
    }

    /**
     * @param connectTimeout  longest wait for a connection
     * @param responseTimeout longest wait for the response headers
     */
    public HttpTransport(Duration connectTimeout, Duration responseTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.responseTimeout = responseTimeout;
    }

    @Override
    public DatasetFetcher.Download open(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(responseTimeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + uri, e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP status " + response.statusCode());
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new DatasetFetcher.Download(response.body(), length);
    }

    @Override
    public String toString() {
        return "HttpTransport(responseTimeout=" + responseTimeout + ")";
    }
}
