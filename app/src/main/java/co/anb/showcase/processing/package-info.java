/**
 * The worker role (SPEC §4): takes jobs from the SQS queue, renders each video in one FFmpeg run, publishes it, and
 * drives every video to {@code processed} or {@code failed}: retries with backoff, dead-letter queue after three
 * receives, a heartbeat for long jobs, a sweeper for jobs lost before they reached the queue, and a drain on
 * shutdown. Runs when {@code ANB_ROLE} is {@code worker} or {@code all}.
 */
package co.anb.showcase.processing;
