package co.anb.showcase.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACL.ByteMatchStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.FieldToMatchProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.ManagedRuleGroupStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RateBasedStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleActionOverrideProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.StatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.TextTransformationProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.VisibilityConfigProperty;
import software.constructs.Construct;

/**
 * AWS WAF on the entry point (CloudFront, or the ALB when it holds the certificate): AWS's common and known-bad-inputs
 * rule groups, and per-address rate limits on the endpoints worth hammering: login (password guessing), signup
 * (account farming) and votes (ballot stuffing). Limits count requests per client address over 5 minutes.
 */
final class EdgeFirewall extends Construct {

    static final int LOGIN_LIMIT = 100;
    static final int SIGNUP_LIMIT = 20;
    static final int VOTE_LIMIT = 300;

    private final CfnWebACL acl;

    /** @param scope "CLOUDFRONT" (the stack must then be in us-east-1) or "REGIONAL" */
    EdgeFirewall(Construct scope, String id, String wafScope) {
        super(scope, id);
        List<RuleProperty> rules = new ArrayList<>();
        // Uploads are 100 MB bodies by design (the app enforces the limit): the 8 KB body rule only counts.
        rules.add(managed("AWSManagedRulesCommonRuleSet", rules.size(), List.of("SizeRestrictions_BODY")));
        rules.add(managed("AWSManagedRulesKnownBadInputsRuleSet", rules.size(), List.of()));
        rules.add(rateLimit("login", LOGIN_LIMIT, rules.size(), exactPath("/api/auth/login")));
        rules.add(rateLimit("signup", SIGNUP_LIMIT, rules.size(), exactPath("/api/auth/signup")));
        rules.add(rateLimit("votes", VOTE_LIMIT, rules.size(), StatementProperty.builder()
                .andStatement(CfnWebACL.AndStatementProperty.builder().statements(List.of(
                        path("/api/public/videos/", "STARTS_WITH"), path("/vote", "ENDS_WITH"))).build())
                .build()));
        acl = CfnWebACL.Builder.create(this, "WebAcl")
                .scope(wafScope)
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility("anb-web-acl"))
                .rules(rules)
                .build();
    }

    String arn() {
        return acl.getAttrArn();
    }

    private static RuleProperty managed(String name, int priority, List<String> countOnly) {
        ManagedRuleGroupStatementProperty.Builder group = ManagedRuleGroupStatementProperty.builder()
                .vendorName("AWS").name(name);
        if (!countOnly.isEmpty()) {
            group.ruleActionOverrides(countOnly.stream().map(rule -> RuleActionOverrideProperty.builder()
                    .name(rule)
                    .actionToUse(CfnWebACL.RuleActionProperty.builder()
                            .count(CfnWebACL.CountActionProperty.builder().build()).build())
                    .build()).toList());
        }
        return RuleProperty.builder()
                .name(name).priority(priority)
                .statement(StatementProperty.builder().managedRuleGroupStatement(group.build()).build())
                .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
                .visibilityConfig(visibility(name))
                .build();
    }

    private static RuleProperty rateLimit(String name, int limit, int priority, StatementProperty scopeDown) {
        return RuleProperty.builder()
                .name("rate-" + name).priority(priority)
                .statement(StatementProperty.builder().rateBasedStatement(RateBasedStatementProperty.builder()
                        .aggregateKeyType("IP")
                        .limit(limit)
                        .evaluationWindowSec(300)
                        .scopeDownStatement(scopeDown)
                        .build()).build())
                .action(CfnWebACL.RuleActionProperty.builder()
                        .block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .visibilityConfig(visibility("rate-" + name))
                .build();
    }

    private static StatementProperty exactPath(String value) {
        return path(value, "EXACTLY");
    }

    private static StatementProperty path(String value, String constraint) {
        return StatementProperty.builder().byteMatchStatement(ByteMatchStatementProperty.builder()
                .fieldToMatch(FieldToMatchProperty.builder().uriPath(Map.of()).build())
                .positionalConstraint(constraint)
                .searchString(value)
                .textTransformations(List.of(TextTransformationProperty.builder().priority(0).type("NONE").build()))
                .build()).build();
    }

    private static VisibilityConfigProperty visibility(String metricName) {
        return VisibilityConfigProperty.builder()
                .metricName(metricName).cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true)
                .build();
    }
}
