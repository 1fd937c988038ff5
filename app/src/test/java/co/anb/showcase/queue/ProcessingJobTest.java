package co.anb.showcase.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The message's JSON form is the contract of SPEC.md §4 with every worker, ours or not. */
class ProcessingJobTest {

    private static final UUID VIDEO = UUID.fromString("5b0c8a4e-1f0e-4c7e-9a51-2d3c4b5a6f70");
    private static final UUID TASK = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    @Test
    void itIsWrittenWithTheContractsNamesAndAnIsoTimestamp() {
        ProcessingJob job = new ProcessingJob(VIDEO, TASK, "uploads/" + VIDEO + ".mp4",
                Instant.parse("2026-03-01T10:00:00.123Z"));

        var json = JsonMapper.builder().build().readTree(job.toJson());

        assertThat(json.propertyNames()).containsExactlyInAnyOrder("video_id", "task_id", "original_key",
                "created_at");
        assertThat(json.get("video_id").asString()).isEqualTo(VIDEO.toString());
        assertThat(json.get("created_at").asString()).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(ProcessingJob.fromJson(job.toJson())).isEqualTo(job);
    }

    @Test
    void aMessageWithFieldsItDoesNotKnowIsStillAJob() {
        String json = """
                {"video_id":"%s","task_id":"%s","original_key":"k","created_at":"2026-03-01T10:00:00Z","v":2}"""
                .formatted(VIDEO, TASK);

        assertThat(ProcessingJob.fromJson(json).videoId()).isEqualTo(VIDEO);
    }

    @Test
    void unreadableTextOrAMessageWithoutAVideoIsNotAJob() {
        assertThatThrownBy(() -> ProcessingJob.fromJson("{\"video\": \"¿?\""))
                .isInstanceOf(ProcessingJob.NotAJobException.class).hasMessageStartingWith("unreadable");
        assertThatThrownBy(() -> ProcessingJob.fromJson("{\"task_id\": null}"))
                .isInstanceOf(ProcessingJob.NotAJobException.class).hasMessage("no video_id");
        assertThatThrownBy(() -> ProcessingJob.fromJson("null"))
                .isInstanceOf(ProcessingJob.NotAJobException.class);
    }
}
