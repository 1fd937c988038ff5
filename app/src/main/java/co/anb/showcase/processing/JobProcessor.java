package co.anb.showcase.processing;

import co.anb.showcase.media.Mp4Container;
import co.anb.showcase.media.PermanentMediaException;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.VideoKeys;
import co.anb.showcase.videos.VideoLifecycle;
import co.anb.showcase.videos.VideoLifecycle.Claim;
import co.anb.showcase.videos.VideoStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job, start to end: take the video's lease, fetch the original, check its container, render, store the outputs
 * under their fixed keys, publish. Safe to run again for the same video: a finished video is left alone, a
 * duplicate delivery backs off while another worker holds the lease, and outputs of a video deleted meanwhile are
 * removed.
 * <p>
 * Failures are of two kinds. Bad media ({@link PermanentMediaException}: the container's index is broken, FFmpeg
 * cannot decode it, a resource ceiling is reached) fails the video here, at the first attempt, with a reason for the
 * player, and the job ends normally so its message is deleted: a retry would fail the same way. Anything else (a
 * timeout, the store, the database) is thrown to the caller, which retries it.
 */
class JobProcessor {

    /** How a job ended without an error; every one of them means the message is done with. */
    enum Result {
        PROCESSED, ALREADY_FINISHED, HELD_ELSEWHERE, VIDEO_GONE,
        /** The media cannot be processed (corrupt, undecodable, no video): the video is {@code failed} already. */
        MEDIA_REJECTED
    }

    private static final Logger log = LoggerFactory.getLogger(JobProcessor.class);

    private final VideoLifecycle lifecycle;
    private final ObjectStore store;
    private final VideoPipeline pipeline;
    private final Path workDir;
    private final Duration leaseLength;
    private final Clock clock;
    private final WorkerMetrics metrics;

    JobProcessor(VideoLifecycle lifecycle, ObjectStore store, VideoPipeline pipeline, Path workDir,
                 Duration leaseLength, Clock clock, WorkerMetrics metrics) {
        this.metrics = metrics;
        this.lifecycle = lifecycle;
        this.store = store;
        this.pipeline = pipeline;
        this.workDir = workDir;
        this.leaseLength = leaseLength;
        this.clock = clock;
    }

    /**
     * @param holder this attempt's identity for the video's lease, renewed by the caller's heartbeat
     * @throws VideoPipeline.RenderFailedException when FFmpeg could not render the original
     */
    Result process(ProcessingJob job, UUID holder) throws VideoPipeline.RenderFailedException {
        UUID videoId = job.videoId();
        Claim claim = lifecycle.claim(videoId, holder, clock.instant(), clock.instant().plus(leaseLength));
        switch (claim) {
            case FINISHED -> {
                return Result.ALREADY_FINISHED;
            }
            case HELD_ELSEWHERE -> {
                return Result.HELD_ELSEWHERE;
            }
            case GONE -> {
                return Result.VIDEO_GONE;
            }
            case CLAIMED -> {
                try {
                    return render(job, holder);
                } catch (PermanentMediaException e) {
                    return rejected(videoId, holder, e);
                }
            }
            default -> throw new IllegalStateException("unknown claim " + claim);
        }
    }

    private Result render(ProcessingJob job, UUID holder)
            throws VideoPipeline.RenderFailedException, PermanentMediaException {
        UUID videoId = job.videoId();
        Path dir = createJobDir(videoId);
        try {
            Path original = dir.resolve("original.mp4");
            Path video = dir.resolve("processed.mp4");
            Path thumbnail = dir.resolve("thumbnail.jpg");
            // the key is derived from the id, never taken from the message: a message cannot point us elsewhere
            store.download(VideoKeys.original(videoId), original);
            checkContainer(original);
            pipeline.render(original, video, thumbnail);
            store.put(VideoKeys.processed(videoId), video, "video/mp4");
            store.put(VideoKeys.thumbnail(videoId), thumbnail, "image/jpeg");
            if (lifecycle.markProcessed(videoId, holder, clock.instant())) {
                return Result.PROCESSED;
            }
            return afterLostPublish(videoId);
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * The upload checks this already; checked again, in-process and in milliseconds, for originals that were not
     * uploaded through them (older rows, other paths): such a file must not cost a render, let alone three.
     */
    private static void checkContainer(Path original) throws PermanentMediaException {
        Mp4Container.Verdict verdict;
        try {
            verdict = Mp4Container.inspect(original);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the downloaded original", e);
        }
        if (verdict != Mp4Container.Verdict.COMPLETE) {
            throw new PermanentMediaException("El archivo no es un video MP4 que se pueda procesar: está incompleto,"
                    + " su índice no corresponde a su contenido o no contiene video.");
        }
    }

    private Result rejected(UUID videoId, UUID holder, PermanentMediaException e) {
        log.debug("FFmpeg output:\n{}", e.details());
        if (!lifecycle.failPermanently(videoId, holder, e.getMessage())) {
            return afterLostPublish(videoId);
        }
        metrics.failed();
        log.warn("Video failed for good, its media cannot be processed (not retried): {} video_id={}",
                e.getMessage(), videoId);
        return Result.MEDIA_REJECTED;
    }

    /** The video changed while we rendered: deleted by its player, or finished by a worker that took over. */
    private Result afterLostPublish(UUID videoId) {
        var status = lifecycle.status(videoId);
        if (status.isEmpty()) {
            // deleted mid-job: the delete removed what existed then; what we wrote since would be orphaned
            store.delete(VideoKeys.processed(videoId), VideoKeys.thumbnail(videoId));
            log.info("Video deleted during processing; removed its outputs video_id={}", videoId);
            return Result.VIDEO_GONE;
        }
        return status.get() == VideoStatus.PROCESSING ? Result.HELD_ELSEWHERE : Result.ALREADY_FINISHED;
    }

    private Path createJobDir(UUID videoId) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "job-" + videoId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a work directory under " + workDir, e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete temporary file {}: {}", file, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Could not clean up {}: {}", dir, e.getMessage());
        }
    }
}
