package co.anb.showcase.media;

import java.io.IOException;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Checks one track's sample tables against each other and against the file, reading them once in order and keeping
 * none of them: every table's declared entry count fits in its box, the sample-to-chunk runs place every sample the
 * size table declares, and every chunk's bytes lie inside a media data ({@code mdat}) box. What a demuxer would
 * allocate for this index is therefore bounded by the bytes of the file, which is what a 4.7 KB file claiming
 * millions of samples (ffprobe grew to 1.8 GB on one) violates. The work is linear in the tables' sizes.
 */
final class SampleLayout {

    /** Bytes per entry of the tables whose entry count a demuxer trusts to size an allocation. */
    private static final Map<String, Integer> ENTRY_BYTES = Map.of(
            "stts", 8, "ctts", 8, "stss", 4, "stps", 4, "stsc", 12, "stco", 4, "co64", 8);

    private SampleLayout() {
    }

    /**
     * @param tables the {@code stbl} box's children by type
     * @param mdats  the payload of every top-level {@code mdat}: start → end
     * @return how many samples the track has
     */
    static long check(Mp4Reader reader, Map<String, Mp4Box> tables, NavigableMap<Long, Long> mdats)
            throws IOException, BrokenMp4Exception {
        for (Map.Entry<String, Integer> table : ENTRY_BYTES.entrySet()) {
            Mp4Box box = tables.get(table.getKey());
            if (box != null) {
                entryCount(reader, box, 8, table.getValue());
            }
        }
        Mp4Box stsz = tables.containsKey("stsz") ? tables.get("stsz") : require(tables, "stz2");
        need(stsz, 12);
        long sampleCount = reader.u32(stsz.payloadStart() + 8);
        long constantSize = 0;
        int sizeBytes = 4;
        if (stsz.type().equals("stsz")) {
            constantSize = reader.u32(stsz.payloadStart() + 4);
        } else {
            int fieldBits = reader.u8(stsz.payloadStart() + 7);
            if (fieldBits != 8 && fieldBits != 16) {
                throw new BrokenMp4Exception("a compact sample size table of " + fieldBits + "-bit fields");
            }
            sizeBytes = fieldBits / 8;
        }
        if (constantSize == 0 && sampleCount > (stsz.payloadLength() - 12) / sizeBytes) {
            throw new BrokenMp4Exception("'" + stsz.type() + "' declares " + sampleCount + " sizes it has no room for");
        }
        if (sampleCount == 0) {
            return 0;
        }
        if (constantSize > 0 && sampleCount > reader.length() / constantSize) {
            throw new BrokenMp4Exception(sampleCount + " samples of " + constantSize + " bytes in a file of "
                    + reader.length());
        }
        Mp4Box stsc = require(tables, "stsc");
        Mp4Box chunks = tables.containsKey("stco") ? tables.get("stco") : require(tables, "co64");
        require(tables, "stts");
        TableCursor runs = new TableCursor(reader, stsc.payloadStart() + 8, entryCount(reader, stsc, 8, 12), 12);
        long chunkCount = entryCount(reader, chunks, 8, chunks.type().equals("stco") ? 4 : 8);
        TableCursor offsets = new TableCursor(reader, chunks.payloadStart() + 8, chunkCount,
                chunks.type().equals("stco") ? 4 : 8);
        TableCursor sizes = constantSize > 0 ? null
                : new TableCursor(reader, stsz.payloadStart() + 12, sampleCount, sizeBytes);
        long runsLeft = entryCount(reader, stsc, 8, 12);
        if (runsLeft == 0 || runs.u32() != 1) {
            throw new BrokenMp4Exception("the sample-to-chunk table does not start at the first chunk");
        }
        long perChunk = runs.u32();
        runs.u32(); // sample description index
        runsLeft--;
        long nextRunStart = runsLeft > 0 ? runs.u32() : Long.MAX_VALUE;
        long remaining = sampleCount;
        for (long chunk = 1; chunk <= chunkCount && remaining > 0; chunk++) {
            if (chunk == nextRunStart) {
                perChunk = runs.u32();
                runs.u32();
                runsLeft--;
                long following = runsLeft > 0 ? runs.u32() : Long.MAX_VALUE;
                if (following <= nextRunStart) {
                    throw new BrokenMp4Exception("the sample-to-chunk runs are out of order");
                }
                nextRunStart = following;
            }
            long samples = Math.min(perChunk, remaining);
            long bytes = constantSize > 0 ? samples * constantSize : sum(sizes, samples);
            inMediaData(offsets.next(), bytes, mdats);
            remaining -= samples;
        }
        if (remaining > 0) {
            throw new BrokenMp4Exception(remaining + " of " + sampleCount + " samples are in no chunk");
        }
        return sampleCount;
    }

    private static long sum(TableCursor sizes, long samples) throws IOException, BrokenMp4Exception {
        long bytes = 0;
        for (long i = 0; i < samples; i++) {
            bytes += sizes.next();
        }
        return bytes;
    }

    private static void inMediaData(long offset, long bytes, NavigableMap<Long, Long> mdats)
            throws BrokenMp4Exception {
        if (bytes == 0) {
            return;
        }
        Map.Entry<Long, Long> mdat = mdats.floorEntry(offset);
        if (mdat == null || bytes > mdat.getValue() - offset) {
            throw new BrokenMp4Exception("a chunk of " + bytes + " bytes at " + offset + " outside the media data");
        }
    }

    /** The entry count of a full box whose entries start {@code fields} bytes into it, checked to fit in it. */
    private static long entryCount(Mp4Reader reader, Mp4Box box, int fields, int entryBytes)
            throws IOException, BrokenMp4Exception {
        need(box, fields);
        long count = reader.u32(box.payloadStart() + fields - 4);
        if (count > (box.payloadLength() - fields) / entryBytes) {
            throw new BrokenMp4Exception("'" + box.type() + "' declares " + count + " entries it has no room for");
        }
        return count;
    }

    static void need(Mp4Box box, long payloadBytes) throws BrokenMp4Exception {
        if (box.payloadLength() < payloadBytes) {
            throw new BrokenMp4Exception("'" + box.type() + "' is too short");
        }
    }

    private static Mp4Box require(Map<String, Mp4Box> tables, String type) throws BrokenMp4Exception {
        Mp4Box box = tables.get(type);
        if (box == null) {
            throw new BrokenMp4Exception("no '" + type + "' table");
        }
        return box;
    }
}
