package co.anb.showcase.media;

/** The thread running a FFmpeg tool was interrupted; the tool was killed. The thread's interrupt flag stays set. */
public class MediaInterruptedException extends RuntimeException {

    public MediaInterruptedException(String tool, InterruptedException cause) {
        super(tool + " was stopped: the job was cancelled or the process is shutting down", cause);
    }
}
