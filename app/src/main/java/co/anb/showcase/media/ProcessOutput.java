package co.anb.showcase.media;

import java.util.Optional;

/**
 * What a finished child process left: its exit code, its standard output (up to a cap) and the end of its standard
 * error (FFmpeg explains failures in the last lines).
 */
public record ProcessOutput(int exitCode, String stdout, String stderrTail) {

    /** Java reports a process killed by signal N as exit code 128 + N. */
    private static final int SIGNALLED = 128;
    private static final int SIGABRT = 6;
    private static final int SIGKILL = 9;
    private static final int SIGSEGV = 11;
    private static final int SIGXCPU = 24;
    private static final int SIGXFSZ = 25;

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The last non-blank stderr line: FFmpeg's reason for failing, short enough for a log line. */
    public String lastErrorLine() {
        String[] lines = stderrTail.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    /**
     * Which {@link ProcessLimits} ceiling stopped the process, if one did, in words for the player: the CPU time
     * (SIGKILL from the kernel; our own kill on a timeout never gets here), the output size (SIGXFSZ) or the
     * memory (an allocation that failed).
     */
    public Optional<String> limitReached() {
        if (exitCode == SIGNALLED + SIGXCPU || exitCode == SIGNALLED + SIGKILL) {
            return Optional.of("tiempo de CPU");
        }
        if (exitCode == SIGNALLED + SIGXFSZ) {
            return Optional.of("tamaño de salida");
        }
        // FFmpeg's own allocations report ENOMEM; x264's report "malloc of size N failed"
        if (!succeeded() && (stderrTail.contains("Cannot allocate memory")
                || stderrTail.contains("malloc of size"))) {
            return Optional.of("memoria");
        }
        return Optional.empty();
    }

    /** The tool died of a crash (abort or segmentation fault), which for FFmpeg means input it could not handle. */
    public boolean crashed() {
        return exitCode == SIGNALLED + SIGABRT || exitCode == SIGNALLED + SIGSEGV;
    }
}
