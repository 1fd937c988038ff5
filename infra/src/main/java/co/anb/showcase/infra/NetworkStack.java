package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The longest-lived layer: VPC, security groups and the network log bucket. Public subnets hold the ALB and NAT
 * gateways, "app" subnets the instances, isolated "data" subnets the database (no route to the internet at all).
 */
final class NetworkStack extends Stack {

    static final SubnetSelection PUBLIC = SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();
    static final SubnetSelection APP = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    static final SubnetSelection DATA = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();

    /** The VPC is {@value #CIDR_PREFIX}.0.0/16; the app trusts forwarded headers from these addresses only. */
    static final String CIDR_PREFIX = "10.40";

    private final Vpc vpc;
    private final TierSecurityGroups securityGroups;
    private final LogBucket logs;

    NetworkStack(Construct scope, String id, StackProps props, InfraSettings settings) {
        super(scope, id, props);
        logs = new LogBucket(this, "NetworkLogs");
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr(CIDR_PREFIX + ".0.0/16"))
                .maxAzs(settings.azCount())
                .natGateways(settings.natGateways())
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC, 24),
                        subnet("app", SubnetType.PRIVATE_WITH_EGRESS, 20),
                        subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
                // Restricting the default group needs a Lambda-backed custom resource with its own IAM role,
                // which restricted accounts cannot create; nothing is ever placed in the default group.
                .restrictDefaultSecurityGroup(false)
                .build();
        Validations.of(vpc).acknowledge(Acknowledgment.builder()
                .id("CloudFormation-Validate::W3010")
                .reason("Zone names come from the CDK's lookup for this account; that is how the VPC spans N zones.")
                .build());
        // Media traffic between the instances and S3 stays off the NAT gateways (cheaper, and never leaves AWS).
        vpc.addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3)
                .subnets(List.of(APP))
                .build());
        // To S3 rather than CloudWatch Logs: no delivery role to create.
        vpc.addFlowLog("FlowLogs", FlowLogOptions.builder()
                .destination(FlowLogDestination.toS3(logs.bucket(), "vpc-flow-logs/"))
                .trafficType(FlowLogTrafficType.ALL)
                .build());
        securityGroups = new TierSecurityGroups(this, "SecurityGroups", vpc, settings);
    }

    private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
    }

    IVpc vpc() {
        return vpc;
    }

    TierSecurityGroups securityGroups() {
        return securityGroups;
    }

    IBucket logBucket() {
        return logs.bucket();
    }
}
