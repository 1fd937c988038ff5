package co.anb.showcase.videos;

import java.util.UUID;

/**
 * The storage keys of a video's files (SPEC §5). They are derived from the video id alone, never from anything the
 * client sent, and are deterministic so a re-run of a job overwrites its own outputs.
 */
public final class VideoKeys {

    private VideoKeys() {
    }

    public static String original(UUID videoId) {
        return "uploads/" + videoId + ".mp4";
    }

    public static String processed(UUID videoId) {
        return "processed/" + videoId + ".mp4";
    }

    public static String thumbnail(UUID videoId) {
        return "thumbnails/" + videoId + ".jpg";
    }
}
