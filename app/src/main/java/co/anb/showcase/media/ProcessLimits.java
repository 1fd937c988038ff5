package co.anb.showcase.media;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * Ceilings the kernel enforces on one FFmpeg child process, whatever the file it reads makes it do. They are set
 * with {@code setrlimit} by util-linux {@code prlimit}, which sets them on itself and then executes the tool, so the
 * limits hold from the tool's first instruction and the Java side needs no native code.
 *
 * @param memory     RLIMIT_DATA: the process's private writable memory (heap, thread stacks, anonymous mappings),
 *                   not the shared libraries it maps. An allocation past it fails (ENOMEM) and FFmpeg stops with an
 *                   error. Chosen over RLIMIT_AS (address space), which also counts what glibc merely reserves per
 *                   thread: a render that peaked at 169 MB resident could not start under a 768 MB address-space
 *                   limit, and started fine under a 384 MB data limit.
 * @param cpuTime    RLIMIT_CPU, all threads together, soft and hard limit alike, so the kernel sends SIGKILL at
 *                   once: FFmpeg catches the SIGXCPU of a soft limit and exits with its ordinary error code,
 *                   which could not be told apart from a broken file
 * @param outputSize RLIMIT_FSIZE: the largest file the process may write, which includes its stdout and stderr
 *                   (captured in files); SIGXFSZ past it, so a file that makes FFmpeg print without end cannot
 *                   fill the disk
 */
public record ProcessLimits(DataSize memory, Duration cpuTime, DataSize outputSize) {

    public ProcessLimits {
        if (memory.toBytes() <= 0 || cpuTime.toSeconds() <= 0 || outputSize.toBytes() <= 0) {
            throw new IllegalArgumentException("FFmpeg limits must be positive: " + memory + ", " + cpuTime
                    + ", " + outputSize);
        }
    }

    /** {@code prlimit} and its options, to be followed by the command; core dumps are off as well. */
    List<String> prlimitPrefix(String prlimit) {
        long cpu = Math.max(1, cpuTime.toSeconds());
        return List.of(prlimit,
                "--data=" + memory.toBytes(),
                "--cpu=" + cpu,
                "--fsize=" + outputSize.toBytes(),
                "--core=0",
                "--");
    }
}
