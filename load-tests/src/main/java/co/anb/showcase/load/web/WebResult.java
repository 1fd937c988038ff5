package co.anb.showcase.load.web;

import co.anb.showcase.load.seed.Seeder;
import co.anb.showcase.load.system.JsonFiles;
import co.anb.showcase.load.system.Machine;
import co.anb.showcase.load.system.QuietMachine;
import co.anb.showcase.load.system.ResourceSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a web-scenario run found, as written to {@code web-result.json} and read back to make the report.
 *
 * @param maxUsers       the largest level that met the SLOs (null: none did)
 * @param limitReached   whether a level missed them (if not, the capacity is at least {@code maxUsers})
 * @param firstSaturated the first resource past its threshold, with the level and the value, or a sentence saying
 *                       none was ({@link Saturation})
 */
public record WebResult(String profile, Machine machine, String loadAverageAfter, Slo slo, Seed seed,
                        List<Stage> stages, Integer maxUsers, double rpsAtMax, boolean limitReached,
                        String firstSaturated) {

    public record Seed(Seeder.Counts counts, double seconds) {
    }

    /**
     * One Gatling run: {@code kind} is smoke, level, sustained or reads. {@code steady} and {@code requests} are
     * the hold phase only; {@code all} is the whole run as Gatling's report has it; {@code repeats} counts the
     * earlier attempts thrown away because other work disturbed them.
     */
    public record Stage(String kind, int users, long rampSeconds, long holdSeconds, GatlingReport.Row all,
                        GatlingReport.Row steady, List<GatlingReport.Row> requests, Slo.Verdict verdict,
                        double steadyRps, ResourceSummary resources, String report, String loadAverageAfter,
                        int repeats) {

        /** Whether other work on the machine took more than its share while this stage ran. */
        public boolean disturbed() {
            return QuietMachine.disturbed(resources);
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
                rps, limitReached, Saturation.firstSaturated(stages));
    }

    /** The smoke stage and the load levels, fewest users first. */
    public List<Stage> loadLevels() {
        return stages.stream().filter(s -> "smoke".equals(s.kind()) || "level".equals(s.kind()))
                .sorted(Comparator.comparingInt(Stage::users)).toList();
    }

    /** The same result with its saturation analysis made again by this version of the code. */
    public WebResult analysed() {
        return new WebResult(profile, machine, loadAverageAfter, slo, seed, stages, maxUsers, rpsAtMax, limitReached,
                Saturation.firstSaturated(stages));
    }

    public void write(Path file) throws IOException {
        JsonFiles.write(file, this);
    }

    public static WebResult read(Path file) throws IOException {
        return JsonFiles.read(file, WebResult.class);
    }
}
