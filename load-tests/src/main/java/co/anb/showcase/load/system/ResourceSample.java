package co.anb.showcase.load.system;

import java.util.Locale;

/**
 * One second of the system's life, as the {@link ResourceSampler} took it. CPU values are percentages of the whole
 * machine (100 = every core busy).
 */
record ResourceSample(long epochMillis, double seconds, double hostCpu, double appCpu, double dbCpu, double mediaCpu,
                      double generatorCpu,
                      double heapUsedMb, double heapMaxMb, double liveHeapPercent, double gcPercent, double poolActive,
                      double poolPending, double poolMax, double tomcatBusy, double tomcatMax, double diskBusyPercent,
                      double diskFreeGb) {

    static final String CSV_HEADER = "epoch_ms,seconds,host_cpu_pct,app_cpu_pct,db_cpu_pct,media_cpu_pct,"
            + "generator_cpu_pct,"
            + "heap_used_mb,heap_max_mb,live_heap_pct,gc_pct,db_pool_active,db_pool_pending,db_pool_max,"
            + "tomcat_busy,tomcat_max,disk_busy_pct,disk_free_gb";

    /** CPU the machine spent on anything else: other work on a shared machine skews a run. */
    double otherCpu() {
        return Math.max(0, hostCpu - appCpu - dbCpu - mediaCpu - generatorCpu);
    }

    String csv() {
        return String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%.1f,%.1f,%.0f,%.0f,"
                        + "%.0f,%.0f,%.0f,%.1f,%.1f", epochMillis, seconds, hostCpu, appCpu, dbCpu, mediaCpu,
                generatorCpu, heapUsedMb, heapMaxMb, liveHeapPercent, gcPercent, poolActive, poolPending, poolMax,
                tomcatBusy, tomcatMax, diskBusyPercent, diskFreeGb);
    }
}
