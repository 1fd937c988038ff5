package co.anb.showcase.load.system;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Means and peaks of a window of resource samples (CPU as a percentage of the whole machine). */
public record ResourceSummary(int samples, double hostCpuMean, double hostCpuMax, double appCpuMean,
                              double dbCpuMean, double mediaCpuMean, double generatorCpuMean, double otherCpuMean,
                              double heapUsedMaxMb, double heapMaxMb, double liveHeapMaxPercent,
                              double gcMeanPercent, double poolActiveMax, double poolPendingMax, double poolMax,
                              double tomcatBusyMax, double tomcatMax, double diskBusyMean, double diskBusyMax,
                              double diskFreeMinGb) {

    /** A missing figure (NaN) in a sample leaves that sample out of that figure only. */
    static ResourceSummary of(List<ResourceSample> window) {
        return new ResourceSummary(window.size(),
                mean(window, ResourceSample::hostCpu), max(window, ResourceSample::hostCpu),
                mean(window, ResourceSample::appCpu), mean(window, ResourceSample::dbCpu),
                mean(window, ResourceSample::mediaCpu),
                mean(window, ResourceSample::generatorCpu), mean(window, ResourceSample::otherCpu),
                max(window, ResourceSample::heapUsedMb), max(window, ResourceSample::heapMaxMb),
                max(window, ResourceSample::liveHeapPercent), mean(window, ResourceSample::gcPercent),
                max(window, ResourceSample::poolActive), max(window, ResourceSample::poolPending),
                max(window, ResourceSample::poolMax),
                max(window, ResourceSample::tomcatBusy), max(window, ResourceSample::tomcatMax),
                mean(window, ResourceSample::diskBusyPercent), max(window, ResourceSample::diskBusyPercent),
                window.stream().mapToDouble(ResourceSample::diskFreeGb).filter(v -> !Double.isNaN(v)).min()
                        .orElse(Double.NaN));
    }

    private static double mean(List<ResourceSample> window, ToDoubleFunction<ResourceSample> field) {
        return window.stream().mapToDouble(field).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static double max(List<ResourceSample> window, ToDoubleFunction<ResourceSample> field) {
        return window.stream().mapToDouble(field).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }
}
