package co.anb.showcase.load.worker;

import co.anb.showcase.load.seed.UploadClips;
import co.anb.showcase.load.system.ResourceSampler;

/**
 * One worker node under test (a started system running {@code concurrency} jobs at once), with the producer that
 * feeds it and the sampler that watches it, fed one input size: {@code source} is that clip, stored once for the
 * staged jobs to copy.
 */
record WorkerNode(JobProducer producer, ResourceSampler sampler, int concurrency, UploadClips.Clip clip,
                  long sizeBytes, String source) {
}
