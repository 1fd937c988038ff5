/**
 * The worker role (SPEC §4): what to do with a job. It declares two consumers of the queue module's receive loop:
 * {@code VideoJobHandler} renders each video in one FFmpeg run and publishes it ({@code JobProcessor},
 * {@code VideoPipeline}), and decides on failures (retry with backoff, let the third failed receive go to the
 * dead-letter queue, hand a job cut short by shutdown back at once); {@code DeadLetterHandler} marks the videos of
 * dead-lettered jobs {@code failed}. A sweeper re-sends jobs lost before they reached the queue. Runs when
 * {@code ANB_ROLE} is {@code worker} or {@code all}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"media", "queue", "storage", "videos"})
package co.anb.showcase.processing;
