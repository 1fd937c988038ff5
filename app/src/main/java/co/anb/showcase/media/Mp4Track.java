package co.anb.showcase.media;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What one {@code trak} box says about its track: the handler (video, sound, ...), the first sample description's
 * coding and picture size, the display rotation of its header's matrix, its own time scale and duration, and how
 * many samples its (checked) sample tables hold.
 *
 * @param handler     {@code vide} for video, {@code soun} for audio
 * @param codec       the first sample description's type, e.g. {@code avc1}
 * @param width       coded width of a video track's pictures ({@code VisualSampleEntry}), 0 for others
 * @param height      coded height likewise
 * @param rotation    clockwise display rotation in degrees (0, 90, 180 or 270)
 * @param timescale   units per second of the track's media duration
 * @param duration    the track's media duration in those units
 * @param sampleCount samples in the track; 0 for a fragmented file, whose samples are in its fragments
 */
record Mp4Track(String handler, String codec, int width, int height, int rotation, long timescale, long duration,
                long sampleCount) {

    /** The matrix's first row (a, b), in 16.16 fixed point, starts this far into a version-0/1 tkhd's payload. */
    private static final int MATRIX_V0 = 40;
    private static final int MATRIX_V1 = 52;

    static Mp4Track read(Mp4Reader reader, Mp4Box trak, NavigableMap<Long, Long> mdats, boolean fragmented)
            throws IOException, BrokenMp4Exception {
        Mp4Box tkhd = reader.required(trak, "tkhd");
        Mp4Box mdia = reader.required(trak, "mdia");
        Mp4Box mdhd = reader.required(mdia, "mdhd");
        Mp4Box hdlr = reader.required(mdia, "hdlr");
        Mp4Box stbl = reader.required(reader.required(mdia, "minf"), "stbl");
        SampleLayout.need(hdlr, 12);
        String handler = reader.fourCc(hdlr.payloadStart() + 8);
        Map<String, Mp4Box> tables = new LinkedHashMap<>();
        for (Mp4Box table : reader.children(stbl, 0)) {
            tables.putIfAbsent(table.type(), table);
        }
        long samples = fragmented ? 0 : SampleLayout.check(reader, tables, mdats);
        long[] time = timing(reader, mdhd);
        Mp4Box stsd = tables.get("stsd");
        if (stsd == null) {
            throw new BrokenMp4Exception("no sample description in a '" + handler + "' track");
        }
        SampleLayout.need(stsd, 8 + 8);
        Mp4Box entry = reader.box(stsd.payloadStart() + 8, stsd.end());
        int width = 0;
        int height = 0;
        if ("vide".equals(handler)) {
            // VisualSampleEntry: 6 reserved, data reference index, 16 bytes of pre-defined/reserved, width, height
            SampleLayout.need(entry, 28);
            width = reader.u16(entry.payloadStart() + 24);
            height = reader.u16(entry.payloadStart() + 26);
        }
        return new Mp4Track(handler, entry.type(), width, height, rotation(reader, tkhd), time[0], time[1], samples);
    }

    boolean isVideo() {
        return "vide".equals(handler);
    }

    /** The time scale and duration of a version-0 or version-1 {@code mvhd} or {@code mdhd}. */
    static long[] timing(Mp4Reader reader, Mp4Box header) throws IOException, BrokenMp4Exception {
        boolean wide = reader.u8(header.payloadStart()) == 1;
        SampleLayout.need(header, wide ? 32 : 20);
        long at = header.payloadStart() + (wide ? 20 : 12);
        long timescale = reader.u32(at);
        long duration = wide ? reader.u64(at + 4) : reader.u32(at + 4);
        if (timescale == 0) {
            throw new BrokenMp4Exception("'" + header.type() + "' has no time scale");
        }
        // all ones means "unknown" in either width
        return new long[] {timescale, duration == 0xFFFF_FFFFL || duration == Long.MAX_VALUE ? 0 : duration};
    }

    /**
     * The rotation of the track header's display matrix: its first row is (cos θ, sin θ) for a picture to be turned
     * θ clockwise, as phones store a portrait recording ({@code 0, 1} for 90°). Rounded to a quarter turn.
     */
    private static int rotation(Mp4Reader reader, Mp4Box tkhd) throws IOException, BrokenMp4Exception {
        boolean wide = reader.u8(tkhd.payloadStart()) == 1;
        int matrix = wide ? MATRIX_V1 : MATRIX_V0;
        SampleLayout.need(tkhd, matrix + 8);
        int a = (int) reader.u32(tkhd.payloadStart() + matrix);
        int b = (int) reader.u32(tkhd.payloadStart() + matrix + 4);
        if (a == 0 && b == 0) {
            return 0;
        }
        int quarterTurns = (int) Math.round(Math.toDegrees(Math.atan2(b, a)) / 90.0);
        return Math.floorMod(quarterTurns * 90, 360);
    }
}
