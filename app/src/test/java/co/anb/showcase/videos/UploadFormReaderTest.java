package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.UploadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/**
 * The upload form read as it streams: fields and file bytes exact whatever the reads' sizes, and every limit and
 * broken form refused with its code, leaving no file behind.
 */
class UploadFormReaderTest {

    private static final String FORM = "multipart/form-data; boundary=x";
    /**
     * Starts of the delimiter ({@code \r\n--x}) that are not one, and a lone CR at the end, where a read can split
     * them anywhere.
     */
    private static final byte[] TRICKY_FILE = "ftyp\r\n--\r\n--y\r\n-x\n-\r\n\r".getBytes(StandardCharsets.ISO_8859_1);

    private final UploadLimits limits = new UploadLimits(DataSize.ofBytes(1024), DataSize.ofBytes(512), 4,
            DataSize.ofBytes(128), DataSize.ofBytes(64));
    private final UploadFormReader reader = new UploadFormReader(limits);

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64, 65_536})
    void readsTheTitleAndTheFileExactlyWhateverTheReadSizes(int readSize) throws IOException {
        byte[] body = body(part("title", "Triple doble"), file("video_file", TRICKY_FILE), "--x--\r\n");

        try (ReceivedForm form = reader.read(FORM, inPiecesOf(readSize, body), temp)) {
            assertThat(form.title()).contains("Triple doble");
            assertThat(Files.readAllBytes(form.file().orElseThrow())).isEqualTo(TRICKY_FILE);
            assertThat(form.fileSize()).isEqualTo(TRICKY_FILE.length);
        }
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void takesTheFirstOfEachFieldInAnyOrderAndDropsOtherParts() throws IOException {
        byte[] body = body(file("video_file", "primero".getBytes()), part("otro", "x"), part("title", "Título ñ"),
                part("title", "segundo"), "--x--\r\n");

        try (ReceivedForm form = reader.read("multipart/form-data; boundary=\"x\"", inPiecesOf(5, body), temp)) {
            assertThat(form.title()).contains("Título ñ");
            assertThat(Files.readString(form.file().orElseThrow())).isEqualTo("primero");
        }
    }

    @Test
    void aFormWithoutFieldsSaysSo() throws IOException {
        try (ReceivedForm form = reader.read(FORM, inPiecesOf(8, body(part("otro", "x"), "--x--\r\n")), temp)) {
            assertThat(form.title()).isEmpty();
            assertThat(form.file()).isEmpty();
        }
    }

    @Test
    void refusesTooManyParts() {
        byte[] body = body(file("video_file", TRICKY_FILE), part("a", "1"), part("b", "2"), part("c", "3"),
                part("d", "4"), "--x--\r\n");

        assertRefused(() -> reader.read(FORM, inPiecesOf(3, body), temp), "too_many_parts",
                ReceivedForm.TOO_MANY_PARTS);
    }

    @Test
    void refusesALargePartHeader() {
        String header = "--x\r\nContent-Disposition: form-data; name=\"title\"; x=\"" + "a".repeat(200) + "\"\r\n\r\n";
        assertRefused(() -> reader.read(FORM, inPiecesOf(16, body(header, "hola\r\n--x--\r\n")), temp),
                "malformed_request", ReceivedForm.PART_HEADER_TOO_LARGE);
    }

    @Test
    void refusesATitleFieldPastItsBytes() {
        assertRefused(() -> reader.read(FORM, inPiecesOf(16, body(part("title", "t".repeat(65)), "--x--\r\n")), temp),
                "malformed_request", ReceivedForm.TITLE_FIELD_TOO_LARGE.formatted(64));
    }

    @Test
    void refusesATitleThatIsNotUtf8() throws IOException {
        byte[] body = body("--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n", new byte[] {(byte) 0xC3},
                "\r\n--x--\r\n");
        try (ReceivedForm form = reader.read(FORM, inPiecesOf(4, body), temp)) {
            assertRefused(form::title, "invalid_title", ReceivedForm.TITLE_NOT_UTF8);
        }
    }

    @Test
    void refusesAFilePastTheLimitAndDeletesWhatItWrote() {
        byte[] body = body(file("video_file", new byte[1025]), "--x--\r\n");

        assertRefused(() -> reader.read(FORM, inPiecesOf(100, body), temp), "payload_too_large",
                limits.tooLargeMessage());
    }

    @Test
    void refusesABodyPastTheEnvelopeEvenOutsideTheParts() {
        byte[] body = body("preamble ".repeat(200), part("title", "hola"), "--x--\r\n");

        assertRefused(() -> reader.read(FORM, inPiecesOf(256, body), temp), "payload_too_large",
                limits.tooLargeMessage());
    }

    @Test
    void refusesAFormCutBeforeItsClosingBoundary() {
        byte[] body = body(part("title", "hola"), file("video_file", TRICKY_FILE));

        assertRefused(() -> reader.read(FORM, inPiecesOf(7, body), temp), "malformed_request",
                UploadFormReader.BAD_MULTIPART);
    }

    @Test
    void refusesABodyThatBreaksOff() {
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10) {
                    return '-';
                }
                throw new IOException("connection reset");
            }
        };
        assertRefused(() -> reader.read(FORM, breaking, temp), "malformed_request", UploadFormReader.BAD_MULTIPART);
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"",
            "no/es;;un tipo",
            // 71 characters, one past RFC 2046's limit
            "multipart/form-data; boundary=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""})
    void refusesAFormWithoutAUsableBoundary(String contentType) {
        assertRefused(() -> reader.read(contentType, inPiecesOf(8, body(part("title", "hola"), "--x--\r\n")), temp),
                "malformed_request", UploadFormReader.BAD_MULTIPART);
    }

    private void assertRefused(ThrowingCallable read, String code, String detail) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(detail);
        });
        assertThat(temp).isEmptyDirectory();
    }

    private static String part(String name, String value) {
        return "--x\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] file(String name, byte[] content) {
        return body("--x\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"a.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n", content, "\r\n");
    }

    /** Strings as UTF-8 and byte arrays as they are, in order. */
    private static byte[] body(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stream.of(pieces).forEach(piece -> out.writeBytes(
                piece instanceof byte[] bytes ? bytes : piece.toString().getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    /** Hands the body over at most {@code size} bytes per read, as a slow network would. */
    private static InputStream inPiecesOf(int size, byte[] body) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, size));
            }
        };
    }
}
