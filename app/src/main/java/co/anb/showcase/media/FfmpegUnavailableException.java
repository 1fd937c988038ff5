package co.anb.showcase.media;

/** No usable ffmpeg/ffprobe on this host; the message says how to fix it. Startup fails with it. */
class FfmpegUnavailableException extends IllegalStateException {

    FfmpegUnavailableException(String message) {
        super(message);
    }
}
