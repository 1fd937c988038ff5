package co.anb.showcase.load.web;

import co.anb.showcase.load.system.ResourceSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Which resource of the web tier saturates first as the load levels go up: each resource has a test that says
 * it is saturated (its pressure, the utilization relative to a threshold, reaches 1) and the figures that show it.
 */
final class Saturation {

    private Saturation() {
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
        double pressure(ResourceSummary r) {
            return switch (this) {
                case CPU -> r.hostCpuMean() / 90;
                case HEAP -> Math.max(r.liveHeapMaxPercent() / 80, r.gcMeanPercent() / 10);
                case DB_POOL -> r.poolPendingMax() >= 1 ? 1 + r.poolPendingMax() / Math.max(1, r.poolMax())
                        : r.poolActiveMax() / Math.max(1, r.poolMax()) * 0.99;
                case TOMCAT -> r.tomcatBusyMax() / Math.max(1, r.tomcatMax());
                case DISK -> Math.max(r.diskBusyMean() / 80, r.diskFreeMinGb() < 5 ? 1 : 0);
            };
        }

        String evidence(ResourceSummary r) {
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

    /**
     * The resources past their threshold at the first level (going up, smoke first) where any is, in the order of
     * {@link Resource}: when the CPU and the connection pool saturate together, the pool waits because the threads
     * holding its connections wait for the CPU.
     */
    static String firstSaturated(List<WebResult.Stage> stages) {
        for (WebResult.Stage stage : stages) {
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
}
