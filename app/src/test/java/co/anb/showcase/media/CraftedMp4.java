package co.anb.showcase.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Hostile MP4 files written box by box, as an attacker would: each is small, has every top-level box complete and
 * starts with {@code ftyp}, so only a look inside its index tells it apart from a video.
 */
public final class CraftedMp4 {

    /** A 1080p H.264 sequence parameter set and picture parameter set: enough for ffprobe to name the stream. */
    private static final byte[] SPS = HexFormat.of().parseHex("6764001facd9405005bb011000000300100000030320f1831960");
    private static final byte[] PPS = HexFormat.of().parseHex("68ebe3cb22c0");
    private static final int FIXED_ONE = 0x10000;

    private CraftedMp4() {
    }

    /**
     * About 4.7 KB: one 1920×1080 H.264 track whose size table declares {@code samples} samples of one byte each,
     * all in one chunk (a constant sample size needs no per-sample entry, so the claim costs eight bytes), and 4,000
     * bytes of media data. ffprobe builds an index entry for every declared sample: 50 million took it to 1.8 GB.
     */
    public static Path millionsOfSamples(Path target, long samples) {
        byte[] stbl = box("stbl", concat(stsd(), fullBox("stts", ints(1, samples, 1)),
                fullBox("stsc", ints(1, 1, samples, 1)), fullBox("stsz", ints(1, samples)),
                fullBox("stco", ints(1, 0))));
        return write(target, movie(stbl, 21_000), box("mdat", new byte[4000]));
    }

    /** A video track whose tables hold no sample at all, with some media data beside it: an empty track. */
    public static Path emptyTrack(Path target) {
        byte[] stbl = box("stbl", concat(stsd(), fullBox("stts", ints(0)), fullBox("stsc", ints(0)),
                fullBox("stsz", ints(0, 0)), fullBox("stco", ints(0))));
        return write(target, movie(stbl, 21_000), box("mdat", new byte[4000]));
    }

    /** The {@code ftyp} and {@code moov} of a real clip and nothing else: an index of media that is not there. */
    public static Path headerOnly(Path source, Path target) {
        try (RandomAccessFile in = new RandomAccessFile(source.toFile(), "r")) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            long offset = 0;
            while (offset < in.length()) {
                in.seek(offset);
                int size = in.readInt();
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if (name.equals("ftyp") || name.equals("moov")) {
                    byte[] whole = new byte[size];
                    in.seek(offset);
                    in.readFully(whole);
                    kept.write(whole);
                }
                offset += size;
            }
            return write(target, kept.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] movie(byte[] stbl, int durationMillis) {
        byte[] matrix = ints(FIXED_ONE, 0, 0, 0, FIXED_ONE, 0, 0, 0, 0x40000000);
        byte[] mvhd = fullBox("mvhd", concat(ints(0, 0, 1000, durationMillis, FIXED_ONE), shorts(0x100, 0),
                new byte[8], matrix, new byte[24], ints(2)));
        // flags: the track is enabled and part of the movie
        byte[] tkhd = fullBox("tkhd", 3, concat(ints(0, 0, 1, 0, durationMillis), new byte[16], matrix,
                ints(1920 << 16, 1080 << 16)));
        byte[] mdhd = fullBox("mdhd", concat(ints(0, 0, 1000, durationMillis), shorts(0x55c4, 0)));
        byte[] hdlr = fullBox("hdlr", concat(ints(0), ascii("vide"), new byte[12], ascii("VideoHandler\0")));
        byte[] dinf = box("dinf", fullBox("dref", concat(ints(1), fullBox("url ", 1, new byte[0]))));
        byte[] minf = box("minf", concat(fullBox("vmhd", 1, new byte[8]), dinf, stbl));
        byte[] trak = box("trak", concat(tkhd, box("mdia", concat(mdhd, hdlr, minf))));
        byte[] ftyp = box("ftyp", concat(ascii("isom"), ints(512), ascii("isomiso2avc1mp41")));
        return concat(ftyp, box("moov", concat(mvhd, trak)));
    }

    private static byte[] stsd() {
        byte[] avcC = box("avcC", concat(new byte[] {1, 0x64, 0, 0x1f, (byte) 0xff, (byte) 0xe1},
                shorts(SPS.length), SPS, new byte[] {1}, shorts(PPS.length), PPS));
        byte[] avc1 = box("avc1", concat(new byte[6], shorts(1), new byte[16], shorts(1920, 1080),
                ints(0x480000, 0x480000, 0), shorts(1), new byte[32], shorts(0x18, 0xffff), avcC));
        return fullBox("stsd", concat(ints(1), avc1));
    }

    private static byte[] box(String type, byte[] payload) {
        return concat(ints(8 + payload.length), ascii(type), payload);
    }

    /** A full box of version 0 and no flags. */
    private static byte[] fullBox(String type, byte[] payload) {
        return fullBox(type, 0, payload);
    }

    private static byte[] fullBox(String type, int flags, byte[] payload) {
        return box(type, concat(ints(flags), payload));
    }

    private static byte[] ints(long... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        for (long value : values) {
            buffer.putInt((int) value);
        }
        return buffer.array();
    }

    private static byte[] shorts(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        return buffer.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static Path write(Path target, byte[]... parts) {
        try {
            Files.createDirectories(target.getParent());
            return Files.write(target, concat(parts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
