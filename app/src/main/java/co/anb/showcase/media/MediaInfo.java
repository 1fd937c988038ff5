package co.anb.showcase.media;

/**
 * What ffprobe says about a readable video file.
 *
 * @param formatName      the demuxer's name, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param durationSeconds the container's duration
 * @param width           displayed width: the coded width, swapped with the height when the file says to rotate
 *                        by 90° or 270° (phones record portrait video as rotated landscape)
 * @param height          displayed height, likewise
 * @param rotation        clockwise display rotation in degrees (0, 90, 180 or 270)
 * @param hasAudio        whether there is at least one audio stream
 * @param videoCodec      the first video stream's codec, e.g. {@code h264}
 */
public record MediaInfo(String formatName, double durationSeconds, int width, int height, int rotation,
                        boolean hasAudio, String videoCodec) {

    public int shortSide() {
        return Math.min(width, height);
    }
}
