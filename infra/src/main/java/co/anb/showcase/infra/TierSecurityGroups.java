package co.anb.showcase.infra;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * The four security groups and every rule between them, in one place so the whole traffic picture reads at once:
 * internet → ALB (80/443) → web (app port) ; web and workers → database (5432) ; nothing → workers.
 */
final class TierSecurityGroups extends Construct {

    static final int POSTGRES_PORT = 5432;

    private final SecurityGroup alb;
    private final SecurityGroup web;
    private final SecurityGroup worker;
    private final SecurityGroup database;

    TierSecurityGroups(Construct scope, String id, IVpc vpc, InfraSettings settings) {
        super(scope, id);
        alb = group("Alb", vpc, "ALB: HTTP and HTTPS from the internet", false);
        web = group("Web", vpc, "Web tier: app port from the ALB only", true);
        worker = group("Worker", vpc, "Worker tier: no inbound traffic", true);
        database = group("Database", vpc, "PostgreSQL from the web and worker tiers only", false);

        if (settings.cloudFront()) {
            // Only CloudFront reaches the ALB, so nobody goes around the edge's WAF and HTTPS.
            alb.addIngressRule(Peer.prefixList(settings.cloudFrontPrefixListId()), Port.tcp(80),
                    "HTTP from CloudFront's origin-facing servers");
        } else {
            alb.addIngressRule(Peer.anyIpv4(), Port.tcp(80), "HTTP from the internet (redirected to HTTPS)");
            alb.addIngressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS from the internet");
            Nag.suppress(alb, "EC23", "The internet-facing ALB must accept 80/443 from anywhere; it is the only "
                    + "such group.");
        }
        // The ALB may only talk to the app port of the web tier (requests and health checks).
        alb.addEgressRule(web, Port.tcp(InfraSettings.APP_PORT), "Requests and health checks to the web tier");
        web.addIngressRule(alb, Port.tcp(InfraSettings.APP_PORT), "App port from the ALB");
        database.addIngressRule(web, Port.tcp(POSTGRES_PORT), "PostgreSQL from the web tier");
        database.addIngressRule(worker, Port.tcp(POSTGRES_PORT), "PostgreSQL from the worker tier");
    }

    private SecurityGroup group(String id, IVpc vpc, String description, boolean allowAllOutbound) {
        // Web and workers reach SQS, S3, Secrets Manager, SSM and dnf repositories through NAT; the others need no egress.
        return SecurityGroup.Builder.create(this, id)
                .vpc(vpc)
                .description(description)
                .allowAllOutbound(allowAllOutbound)
                .build();
    }

    SecurityGroup alb() {
        return alb;
    }

    SecurityGroup web() {
        return web;
    }

    SecurityGroup worker() {
        return worker;
    }

    SecurityGroup database() {
        return database;
    }
}
