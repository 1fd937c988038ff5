package co.anb.showcase.media;

/**
 * One ISO BMFF box as found in the file: its four-letter type, where it starts, how long its header is (8 bytes,
 * or 16 with a 64-bit size) and its whole size.
 */
record Mp4Box(String type, long start, int headerLength, long size) {

    long payloadStart() {
        return start + headerLength;
    }

    long payloadLength() {
        return size - headerLength;
    }

    long end() {
        return start + size;
    }
}
