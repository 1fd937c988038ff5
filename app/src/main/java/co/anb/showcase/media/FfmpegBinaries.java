package co.anb.showcase.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ffmpeg} and {@code ffprobe} executables this process uses, checked to start. They are looked up in this
 * order: the configured paths (FFMPEG_PATH/FFPROBE_PATH), the build bundled in the application (bytedeco's FFmpeg
 * from Maven), then {@code ffmpeg}/{@code ffprobe} on the PATH. A candidate is kept only if both tools answer
 * {@code -version}: the bundled build, for example, does not start on a host that lacks {@code libpulse0}.
 */
public final class FfmpegBinaries {

    static final String CONFINEMENT_FIX = "The limits are applied with prlimit from util-linux (apt-get install -y"
            + " util-linux); raise anb.ffmpeg.*-memory if the tools need more memory to start.";
    private static final String PRLIMIT = "prlimit";
    static final String HOW_TO_FIX = "Install libpulse0 (apt-get install -y libpulse0) so the bundled FFmpeg starts,"
            + " or install FFmpeg (apt-get install -y ffmpeg), or set FFMPEG_PATH and FFPROBE_PATH to working binaries.";

    private static final Logger log = LoggerFactory.getLogger(FfmpegBinaries.class);

    private final Path ffmpeg;
    private final Path ffprobe;
    private final Map<String, String> environment;
    private final String origin;
    /** Null while unconfined: the tools then run with the limits this JVM runs with. */
    private final ProcessLimits ffmpegLimits;
    private final ProcessLimits ffprobeLimits;

    FfmpegBinaries(Path ffmpeg, Path ffprobe, Map<String, String> environment, String origin) {
        this(ffmpeg, ffprobe, environment, origin, null, null);
    }

    private FfmpegBinaries(Path ffmpeg, Path ffprobe, Map<String, String> environment, String origin,
                           ProcessLimits ffmpegLimits, ProcessLimits ffprobeLimits) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.environment = Map.copyOf(environment);
        this.origin = origin;
        this.ffmpegLimits = ffmpegLimits;
        this.ffprobeLimits = ffprobeLimits;
    }

    /**
     * Finds working binaries, or fails with one message that says how to fix the host.
     *
     * @param ffmpegPath  configured ffmpeg, may be null or blank
     * @param ffprobePath configured ffprobe, may be null or blank
     * @param timeout     how long each {@code -version} check may take
     */
    public static FfmpegBinaries locate(String ffmpegPath, String ffprobePath, Duration timeout) {
        List<Supplier<FfmpegBinaries>> candidates = new ArrayList<>();
        if (isSet(ffmpegPath) || isSet(ffprobePath)) {
            candidates.add(() -> configured(ffmpegPath, ffprobePath));
        }
        candidates.add(FfmpegBinaries::bundled);
        candidates.add(() -> new FfmpegBinaries(Path.of("ffmpeg"), Path.of("ffprobe"), Map.of(), "PATH"));
        return firstWorking(candidates, timeout);
    }

    static FfmpegBinaries firstWorking(List<Supplier<FfmpegBinaries>> candidates, Duration timeout) {
        List<String> problems = new ArrayList<>();
        for (Supplier<FfmpegBinaries> candidate : candidates) {
            try {
                FfmpegBinaries binaries = candidate.get();
                Optional<String> problem = binaries.checkStarts(timeout);
                if (problem.isEmpty()) {
                    log.info("Using FFmpeg from {}: {} and {}", binaries.origin, binaries.ffmpeg, binaries.ffprobe);
                    return binaries;
                }
                problems.add(binaries.origin + ": " + problem.get());
            } catch (RuntimeException | LinkageError e) {
                // the bundled build throws UnsatisfiedLinkError when a system library it links against is missing
                problems.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        throw new FfmpegUnavailableException("No working ffmpeg/ffprobe found (" + String.join("; ", problems)
                + "). " + HOW_TO_FIX);
    }

    /**
     * The same binaries, every run of them under these ceilings (see {@link ProcessLimits}), checked to start under
     * them: a ceiling too low to start ffprobe would otherwise refuse every upload.
     *
     * @throws FfmpegUnavailableException if {@code prlimit} (util-linux) is missing or the tools do not start
     */
    public FfmpegBinaries confined(ProcessLimits ffmpegLimits, ProcessLimits ffprobeLimits, Duration timeout) {
        FfmpegBinaries confined = new FfmpegBinaries(ffmpeg, ffprobe, environment, origin, ffmpegLimits,
                ffprobeLimits);
        Optional<String> problem = confined.checkStarts(timeout);
        if (problem.isPresent()) {
            throw new FfmpegUnavailableException("FFmpeg does not start under its resource limits ("
                    + problem.get() + "). " + CONFINEMENT_FIX);
        }
        log.info("FFmpeg runs confined by {}: ffmpeg {}, ffprobe {}", PRLIMIT, ffmpegLimits, ffprobeLimits);
        return confined;
    }

    public Path ffmpeg() {
        return ffmpeg;
    }

    public Path ffprobe() {
        return ffprobe;
    }

    /**
     * Runs ffmpeg with these arguments, confined if {@link #confined} made these binaries; throws
     * {@link MediaTimeoutException} if it runs past the timeout.
     */
    public ProcessOutput runFfmpeg(List<String> arguments, Duration timeout) {
        return ProcessRunner.run(command(ffmpeg, arguments, ffmpegLimits), environment, timeout);
    }

    /** Runs ffprobe like {@link #runFfmpeg}. */
    public ProcessOutput runFfprobe(List<String> arguments, Duration timeout) {
        return ProcessRunner.run(command(ffprobe, arguments, ffprobeLimits), environment, timeout);
    }

    @Override
    public String toString() {
        return "FFmpeg from " + origin + " (" + ffmpeg + ", " + ffprobe + ")";
    }

    private Optional<String> checkStarts(Duration timeout) {
        for (Path tool : List.of(ffprobe, ffmpeg)) {
            try {
                ProcessLimits limits = tool == ffmpeg ? ffmpegLimits : ffprobeLimits;
                ProcessOutput output = ProcessRunner.run(command(tool, List.of("-version"), limits), environment,
                        timeout);
                if (!output.succeeded()) {
                    return Optional.of(tool + " -version exited with " + output.exitCode() + ": "
                            + output.lastErrorLine());
                }
            } catch (RuntimeException e) {
                return Optional.of(tool + " -version failed: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static FfmpegBinaries configured(String ffmpegPath, String ffprobePath) {
        if (!isSet(ffmpegPath) || !isSet(ffprobePath)) {
            throw new IllegalStateException("set both FFMPEG_PATH and FFPROBE_PATH, or neither");
        }
        return new FfmpegBinaries(Path.of(ffmpegPath.trim()), Path.of(ffprobePath.trim()), Map.of(),
                "FFMPEG_PATH/FFPROBE_PATH");
    }

    /**
     * bytedeco unpacks the executables next to the shared libraries they link against (libva, libdrm, ...) and
     * those are not on the system's library path, so the child process gets that directory as LD_LIBRARY_PATH.
     */
    private static FfmpegBinaries bundled() {
        Path ffmpeg = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        Path ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
        String libraries = ffmpeg.getParent().toString();
        String inherited = System.getenv("LD_LIBRARY_PATH");
        String libraryPath = inherited == null || inherited.isBlank() ? libraries : libraries + ":" + inherited;
        if (!Files.isExecutable(ffmpeg) || !Files.isExecutable(ffprobe)) {
            throw new IllegalStateException("the bundled FFmpeg was unpacked to " + libraries
                    + " but is not executable there");
        }
        return new FfmpegBinaries(ffmpeg, ffprobe, Map.of("LD_LIBRARY_PATH", libraryPath), "the bundled FFmpeg");
    }

    private static List<String> command(Path tool, List<String> arguments, ProcessLimits limits) {
        List<String> command = new ArrayList<>(arguments.size() + 7);
        if (limits != null) {
            command.addAll(limits.prlimitPrefix(PRLIMIT));
        }
        command.add(tool.toString());
        command.addAll(arguments);
        return command;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
