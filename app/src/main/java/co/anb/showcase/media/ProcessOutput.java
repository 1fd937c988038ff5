package co.anb.showcase.media;

/**
 * What a finished child process left: its exit code, its whole standard output and the end of its standard error
 * (FFmpeg explains failures in the last lines).
 */
public record ProcessOutput(int exitCode, String stdout, String stderrTail) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The last non-blank stderr line: FFmpeg's reason for failing, short enough for a log line. */
    public String lastErrorLine() {
        String[] lines = stderrTail.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
