package co.anb.showcase.admission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client on a raw socket, so a test can stop sending mid-request as a slow or hostile client would: an upload
 * whose body never comes, or headers sent a byte at a time.
 */
final class RawConnection implements AutoCloseable {

    /** Far more than is ever sent: the server waits for the rest of the body. */
    private static final int DECLARED_LENGTH = 50_000_000;

    private final Socket socket;
    private volatile boolean open = true;

    private RawConnection(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
    }

    static RawConnection open(int port) throws IOException {
        return new RawConnection(port);
    }

    /** Sends an upload's headers and the start of its file part, then nothing more. */
    static RawConnection stalledUpload(int port, String token) throws IOException {
        RawConnection connection = open(port);
        connection.send("POST /api/videos/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=frontera\r\n"
                + "Content-Length: " + DECLARED_LENGTH + "\r\n\r\n"
                + "--frontera\r\nContent-Disposition: form-data; name=\"video_file\"; filename=\"lento.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n\0\0\0\u0020ftyp");
        return connection;
    }

    void send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Everything the server sends until it closes the connection, or null if it is still open after the wait. */
    String readUntilClosed(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            // a reset after the answer: the server closed while our unread body was still on its way
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** False once a send failed: the server closed the connection. */
    boolean isOpen() {
        return open;
    }

    void markClosed() {
        open = false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
