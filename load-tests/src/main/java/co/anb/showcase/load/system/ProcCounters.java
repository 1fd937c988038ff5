package co.anb.showcase.load.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The counters Linux keeps under /proc that the resource sampler and the quiet-machine guard read: CPU clock ticks
 * of the whole machine and of single processes, a process's command line, and a disk's busy time.
 */
final class ProcCounters {

    /** Clock ticks per second of the /proc CPU counters (USER_HZ on Linux). */
    static final double TICKS_PER_SECOND = 100;

    private ProcCounters() {
    }

    /** Clock ticks of the whole machine since boot: all of them, and the busy ones (not idle, not waiting on I/O). */
    record MachineTicks(long total, long busy) {
    }

    /** The first line of /proc/stat; fails if it cannot be read. */
    static MachineTicks machine() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new MachineTicks(total, total - idle);
    }

    /** utime + stime of a process, and cutime + cstime (its reaped children), in clock ticks; 0 if it is gone. */
    static long[] process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** The process's arguments, separated by NUL characters; empty if it is gone. */
    static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Milliseconds the disk (a name in /proc/diskstats, e.g. sda1) has spent doing I/O; -1 if unknown. */
    static long diskIoMillis(String disk) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 12 && fields[2].equals(disk)) {
                    return Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no disk figures on this machine
        }
        return -1;
    }
}
