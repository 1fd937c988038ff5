package co.anb.showcase.media;

/** The file is not a video ffprobe can read: not media at all, corrupt, truncated or without a video stream. */
public class UnreadableMediaException extends Exception {

    public UnreadableMediaException(String reason) {
        super(reason);
    }
}
