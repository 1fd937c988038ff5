package co.anb.showcase.load.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The web scenario's service-level objectives (SPEC §6, the course's success criteria), judged on the steady part
 * of a load level: the p95 of every endpoint at most {@code p95LimitMillis} (which bounds the p95 of the requests
 * together too: a mixture's p95 is at most its parts' largest), and at most {@code maxErrorPercent} of the requests
 * failed (any answer but the expected 2xx, or no answer).
 * <p>
 * Endpoints in {@code latencyExempt} count for errors but not for the latency limit: the 50 MB upload spends its
 * time moving 50 MB (twice: client to app, app to store), which on a real network is set by the player's uplink
 * (about 20 s at 20 Mbit/s), not by the service. Its p95 is reported all the same.
 */
public record Slo(long p95LimitMillis, double maxErrorPercent, Set<String> latencyExempt) {

    static Slo standard() {
        return new Slo(1_000, 5.0, Set.of(WebSimulation.UPLOAD_BIG));
    }

    Verdict judge(GatlingReport.Row steady, List<GatlingReport.Row> requests) {
        List<String> breaches = new ArrayList<>();
        if (steady == null || steady.total() == 0) {
            return new Verdict(false, List.of("no requests in the steady phase"));
        }
        if (steady.errorPercent() > maxErrorPercent) {
            breaches.add("errors %.1f %% > %.0f %%".formatted(steady.errorPercent(), maxErrorPercent));
        }
        for (GatlingReport.Row request : requests) {
            if (!latencyExempt.contains(request.name()) && request.p95() > p95LimitMillis) {
                breaches.add("p95 of %s %d ms > %d ms".formatted(request.name(), request.p95(), p95LimitMillis));
            }
        }
        return new Verdict(breaches.isEmpty(), List.copyOf(breaches));
    }

    /** The endpoint with the highest p95 among those the latency limit covers; null if there is none. */
    public GatlingReport.Row slowest(List<GatlingReport.Row> requests) {
        return requests.stream().filter(r -> !latencyExempt.contains(r.name()))
                .max(Comparator.comparingLong(GatlingReport.Row::p95)).orElse(null);
    }

    public record Verdict(boolean met, List<String> breaches) {
    }
}
