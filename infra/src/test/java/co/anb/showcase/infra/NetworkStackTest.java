package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {

    private final Template network = SynthesizedPlatform.defaults().network();

    @Test
    void subnetsSpanTwoZonesByDefault() {
        assertThat(zonesOf(network)).hasSize(2);
        network.resourceCountIs("AWS::EC2::Subnet", 6);
    }

    @Test
    void subnetsSpanThreeZonesByContextParameter() {
        Template threeZones = SynthesizedPlatform.allOptions().network();
        assertThat(zonesOf(threeZones)).containsExactlyInAnyOrderElementsOf(SynthesizedPlatform.ZONES);
        threeZones.resourceCountIs("AWS::EC2::Subnet", 9);
    }

    @Test
    void everyTierHasSubnetsInEveryZone() {
        Map<String, Set<String>> zonesByTier = Cfn.properties(network, "AWS::EC2::Subnet").values().stream()
                .collect(Collectors.groupingBy(NetworkStackTest::subnetType,
                        Collectors.mapping(p -> (String) p.get("AvailabilityZone"), Collectors.toSet())));
        assertThat(zonesByTier).containsOnlyKeys("Public", "Private", "Isolated");
        zonesByTier.values().forEach(zones -> assertThat(zones).hasSize(2));
    }

    @Test
    void eachZoneHasItsOwnNatGateway() {
        network.resourceCountIs("AWS::EC2::NatGateway", 2);
    }

    @Test
    void s3TrafficUsesAGatewayEndpoint() {
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of(".s3"))))))));
    }

    @Test
    void vpcFlowLogsGoToTheLogBucket() {
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of(
                "LogDestinationType", "s3",
                "TrafficType", "ALL"));
    }

    private static Set<String> zonesOf(Template template) {
        return Cfn.properties(template, "AWS::EC2::Subnet").values().stream()
                .map(p -> (String) p.get("AvailabilityZone"))
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static String subnetType(Map<String, Object> subnet) {
        return Cfn.list(subnet.get("Tags")).stream()
                .map(t -> (Map<String, Object>) t)
                .filter(t -> "aws-cdk:subnet-type".equals(t.get("Key")))
                .map(t -> (String) t.get("Value"))
                .findFirst().orElseThrow();
    }
}
