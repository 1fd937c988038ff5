package co.anb.showcase.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a web-scenario run found, as written to {@code web-result.json} and read back to make the report.
 *
 * @param maxUsers       the largest level that met the SLOs (null: none did)
 * @param limitReached   whether a level missed them (if not, the capacity is at least {@code maxUsers})
 * @param firstSaturated the first resource past its threshold, with the level and the value, or a sentence saying
 *                       none was
 */
record WebResult(String profile, Machine machine, String loadAverageAfter, Slo slo, Seed seed, List<Stage> stages,
                 Integer maxUsers, double rpsAtMax, boolean limitReached, String firstSaturated) {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    record Seed(Seeder.Counts counts, double seconds) {
    }

    /**
     * One Gatling run: {@code kind} is smoke, level, sustained or reads. {@code steady} and {@code requests} are
     * the hold phase only; {@code all} is the whole run as Gatling's report has it; {@code repeats} counts the
     * earlier attempts thrown away because other work disturbed them.
     */
    record Stage(String kind, int users, long rampSeconds, long holdSeconds, GatlingReport.Row all,
                 GatlingReport.Row steady, List<GatlingReport.Row> requests, Slo.Verdict verdict, double steadyRps,
                 ResourceSampler.Summary resources, String report, String loadAverageAfter, int repeats) {

        /** Whether other work on the machine took more than its share while this stage ran. */
        boolean disturbed() {
            return QuietMachine.disturbed(resources);
        }
    }

    /** A resource, the test that says it is saturated, and how far past its threshold it is (≥ 1 saturated). */
    enum Resource {
        CPU("CPU of the machine"),
        HEAP("heap of the app"),
        DB_POOL("database connection pool"),
        TOMCAT("Tomcat request threads"),
        DISK("disk");

        final String label;

        Resource(String label) {
            this.label = label;
        }

        /** Utilization relative to the threshold: 1.0 or more means saturated. */
        double pressure(ResourceSampler.Summary r) {
            return switch (this) {
                case CPU -> r.hostCpuMean() / 90;
                case HEAP -> Math.max(r.liveHeapMaxPercent() / 80, r.gcMeanPercent() / 10);
                case DB_POOL -> r.poolPendingMax() >= 1 ? 1 + r.poolPendingMax() / Math.max(1, r.poolMax())
                        : r.poolActiveMax() / Math.max(1, r.poolMax()) * 0.99;
                case TOMCAT -> r.tomcatBusyMax() / Math.max(1, r.tomcatMax());
                case DISK -> Math.max(r.diskBusyMean() / 80, r.diskFreeMinGb() < 5 ? 1 : 0);
            };
        }

        String evidence(ResourceSampler.Summary r) {
            return switch (this) {
                case CPU -> ("%.0f %% mean (app %.0f %%, PostgreSQL %.0f %%, ffprobe %.0f %%, load generator %.0f %%,"
                        + " other work %.0f %%)").formatted(r.hostCpuMean(), r.appCpuMean(), r.dbCpuMean(),
                        r.mediaCpuMean(), r.generatorCpuMean(), r.otherCpuMean());
                case HEAP -> "live heap %.0f %% of max, GC %.1f %% of time".formatted(r.liveHeapMaxPercent(),
                        r.gcMeanPercent());
                case DB_POOL -> "%.0f of %.0f connections busy, %.0f requests waiting".formatted(r.poolActiveMax(),
                        r.poolMax(), r.poolPendingMax());
                case TOMCAT -> "%.0f of %.0f threads busy".formatted(r.tomcatBusyMax(), r.tomcatMax());
                case DISK -> "busy %.0f %% mean, %.0f GB free".formatted(r.diskBusyMean(), r.diskFreeMinGb());
            };
        }
    }

    static WebResult of(WebProfile profile, Slo slo, Machine before, Machine after, Seed seed, List<Stage> stages) {
        Integer maxUsers = null;
        double rps = 0;
        boolean limitReached = false;
        for (Stage stage : stages) {
            if (!"level".equals(stage.kind())) {
                continue;
            }
            if (stage.verdict().met() && !limitReached) {
                maxUsers = stage.users();
                rps = stage.steadyRps();
            } else {
                limitReached = true;
            }
        }
        return new WebResult(profile.name(), before, after.loadAverage(), slo, seed, List.copyOf(stages), maxUsers,
                rps, limitReached, firstSaturated(stages));
    }

    /**
     * The resources past their threshold at the first level (going up, smoke first) where any is, in the order of
     * {@link Resource}: when the CPU and the connection pool saturate together, the pool waits because the threads
     * holding its connections wait for the CPU.
     */
    static String firstSaturated(List<Stage> stages) {
        for (Stage stage : stages) {
            if (!"smoke".equals(stage.kind()) && !"level".equals(stage.kind())) {
                continue;
            }
            List<String> saturated = new ArrayList<>();
            for (Resource resource : Resource.values()) {
                if (resource.pressure(stage.resources()) >= 1) {
                    saturated.add(resource.label + " (" + resource.evidence(stage.resources()) + ")");
                }
            }
            if (!saturated.isEmpty()) {
                return "at %d users: %s".formatted(stage.users(), String.join("; ", saturated));
            }
        }
        return "none of CPU, heap, DB pool, Tomcat threads or disk reached its threshold";
    }

    /** The busiest resource of a stage, saturated or not, for the tables. */
    static String busiest(ResourceSampler.Summary summary) {
        List<Resource> order = new ArrayList<>(List.of(Resource.values()));
        order.sort((a, b) -> Double.compare(b.pressure(summary), a.pressure(summary)));
        Resource top = order.get(0);
        return "%s (%.0f %% of threshold)".formatted(top.label, 100 * top.pressure(summary));
    }

    /** The same result with its saturation analysis made again by this version of the code. */
    WebResult analysed() {
        return new WebResult(profile, machine, loadAverageAfter, slo, seed, stages, maxUsers, rpsAtMax, limitReached,
                firstSaturated(stages));
    }

    void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    static WebResult read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), WebResult.class);
    }
}
