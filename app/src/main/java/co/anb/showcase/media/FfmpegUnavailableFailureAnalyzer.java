package co.anb.showcase.media;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the bean-creation stack trace with the one thing the operator needs: what is missing and the fix. */
class FfmpegUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<FfmpegUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FfmpegUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), FfmpegBinaries.HOW_TO_FIX, cause);
    }
}
