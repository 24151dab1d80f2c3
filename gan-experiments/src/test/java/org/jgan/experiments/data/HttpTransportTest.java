package org.jgan.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP transport against a server on the loopback interface: real java.net.http, no outside network. */
class HttpTransportTest {
    private static final byte[] BODY = IdxFiles.ramp(5000);

    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/data/file.gz", exchange -> {
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.createContext("/moved/file.gz", exchange -> {
            exchange.getResponseHeaders().add("Location", "/data/file.gz");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private final HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5));

    @Test
    void downloadsTheBodyWithItsLength() throws IOException {
        DatasetFetcher.Download download = transport.open(base.resolve("data/file.gz"));

        try (InputStream body = download.body()) {
            assertThat(download.length()).isEqualTo(BODY.length);
            assertThat(body.readAllBytes()).isEqualTo(BODY);
        }
    }

    @Test
    void followsRedirects() throws IOException {
        try (InputStream body = transport.open(base.resolve("moved/file.gz")).body()) {
            assertThat(body.readAllBytes()).isEqualTo(BODY);
        }
    }

    @Test
    void anHttpErrorIsAnIoExceptionWithTheStatus() {
        assertThatThrownBy(() -> transport.open(base.resolve("data/absent.gz")))
                .isInstanceOf(IOException.class)
                .hasMessage("HTTP status 404");
    }
}
