package io.kiosk.infra.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a server (the embedded PostgreSQL or Elasticsearch) that a test can cut off and reconnect:
 * while cut off, every connection it holds is closed and every new one is closed at once, as when the server is down.
 * The applications are given the relay's address instead of the server's.
 */
public final class CutOffRelay implements AutoCloseable {

    private final URI target;
    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cutOff;

    public CutOffRelay(URI target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Thread acceptor = new Thread(this::accept, "cut-off-relay-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where to connect instead of the server. */
    public URI uri() {
        return URI.create("http://localhost:" + listener.getLocalPort());
    }

    /** Closes every connection, and every new one at once, until {@link #reconnect()}. */
    public void cutOff() {
        cutOff = true;
        open.forEach(CutOffRelay::closeQuietly);
        open.clear();
    }

    public void reconnect() {
        cutOff = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cutOff) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(server);
                relay(client, server);
                relay(server, client);
            } catch (IOException closedOrRefused) {
                // the listener closed, or the server refused: the client sees its connection end
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cut-off-relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        cutOff();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
