package co.anb.showcase.infra;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The app's log group: every instance's JSON log, ops log and boot log (streams {@code <instance-id>/app|ops|boot}),
 * kept {@code logRetentionDays}; read them with Logs Insights (docs/runbooks). A metric filter counts the app's
 * ERROR lines for the {@code app-errors} alarm.
 */
final class AppLogs extends Construct {

    static final String ERRORS_METRIC = "app.log.errors";
    /** Spring Boot's logstash format writes the level as {@code "level":"ERROR"}. */
    static final String ERROR_PATTERN = "{ $.level = \"ERROR\" }";

    private static final NavigableMap<Integer, RetentionDays> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR),
            Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1827, RetentionDays.FIVE_YEARS)));

    private final LogGroup group;

    AppLogs(Construct scope, String id, InfraSettings settings) {
        super(scope, id);
        group = LogGroup.Builder.create(this, "Group")
                .retention(retention(settings.logRetentionDays()))
                // The logs explain an incident after the stack is gone; they expire by retention anyway.
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        MetricFilter.Builder.create(this, "Errors")
                .logGroup(group)
                .filterPattern(FilterPattern.literal(ERROR_PATTERN))
                .metricNamespace(InfraSettings.METRICS_NAMESPACE)
                .metricName(ERRORS_METRIC)
                .metricValue("1")
                .defaultValue(0)
                .build();
    }

    /** CloudWatch accepts only some retention periods: the nearest one at least as long as asked. */
    static RetentionDays retention(int days) {
        return ALLOWED.ceilingEntry(days) != null ? ALLOWED.ceilingEntry(days).getValue() : RetentionDays.TEN_YEARS;
    }

    LogGroup group() {
        return group;
    }
}
