package co.anb.showcase.queue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** The queue message of SPEC.md §4; its JSON names are a contract with the workers, so they are spelled out. */
public record ProcessingJob(
        @JsonProperty("video_id") UUID videoId,
        @JsonProperty("task_id") UUID taskId,
        @JsonProperty("original_key") String originalKey,
        @JsonProperty("created_at") Instant createdAt) {
}
