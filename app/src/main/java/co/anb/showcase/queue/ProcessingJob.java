package co.anb.showcase.queue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue message of SPEC.md §4; its JSON names are a contract with the workers, so they are spelled out. This
 * record is the one place that writes and reads that JSON: the outbox stores {@link #toJson()}, the consumers parse
 * with {@link #fromJson(String)}.
 */
public record ProcessingJob(
        @JsonProperty("video_id") UUID videoId,
        @JsonProperty("task_id") UUID taskId,
        @JsonProperty("original_key") String originalKey,
        @JsonProperty("created_at") Instant createdAt) {

    /** Its own mapper, so the message's form does not follow whatever the web layer configures for its JSON. */
    private static final JsonMapper JSON = JsonMapper.builder()
            // a newer sender may add fields; a worker that does not know them still has all it needs
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * @throws NotAJobException when the text is not JSON of this shape or names no video
     */
    public static ProcessingJob fromJson(String json) {
        ProcessingJob job;
        try {
            job = JSON.readValue(json, ProcessingJob.class);
        } catch (JacksonException e) {
            throw new NotAJobException("unreadable: " + e.getOriginalMessage());
        }
        if (job == null || job.videoId() == null) {
            throw new NotAJobException("no video_id");
        }
        return job;
    }

    /** A message that is not a processing job: nobody can act on it but an operator. */
    public static class NotAJobException extends RuntimeException {

        NotAJobException(String reason) {
            super(reason);
        }
    }
}
