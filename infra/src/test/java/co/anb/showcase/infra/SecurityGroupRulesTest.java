package co.anb.showcase.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class SecurityGroupRulesTest {

    private final Template network = SynthesizedPlatform.defaults().network();

    @Test
    void withoutACertificateOnlyCloudFrontReachesTheAlb() {
        assertThat(internetIngressPorts(network)).isEmpty();
        network.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "SourcePrefixListId", "pl-3b927c52", "FromPort", 80, "ToPort", 80));
    }

    @Test
    void albAlsoAcceptsHttpsWhenACertificateIsGiven() {
        assertThat(internetIngressPorts(SynthesizedPlatform.allOptions().network())).containsExactlyInAnyOrder(80, 443);
    }

    @Test
    void webAcceptsOnlyTheAppPortFromTheAlb() {
        assertThat(ingressInto("SecurityGroupsWeb")).singleElement().satisfies(rule -> {
            assertThat(rule).containsEntry("FromPort", 8080).containsEntry("ToPort", 8080);
            assertThat(Cfn.json(rule.get("SourceSecurityGroupId"))).contains("SecurityGroupsAlb");
        });
        assertThat(inlineIngress("SecurityGroupsWeb")).isEmpty();
    }

    @Test
    void albSendsTrafficOnlyToTheWebTierAppPort() {
        network.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Map.of(
                "GroupId", Map.of("Fn::GetAtt", Match.arrayWith(List.of(Match.stringLikeRegexp("SecurityGroupsAlb.*")))),
                "DestinationSecurityGroupId", Map.of("Fn::GetAtt",
                        Match.arrayWith(List.of(Match.stringLikeRegexp("SecurityGroupsWeb.*")))),
                "FromPort", 8080,
                "ToPort", 8080));
    }

    @Test
    void workersAcceptNoInboundTraffic() {
        assertThat(ingressInto("SecurityGroupsWorker")).isEmpty();
        assertThat(inlineIngress("SecurityGroupsWorker")).isEmpty();
    }

    @Test
    void databaseAcceptsPostgresOnlyFromWebAndWorkers() {
        List<Map<String, Object>> rules = ingressInto("SecurityGroupsDatabase");
        assertThat(rules).hasSize(2).allSatisfy(rule ->
                assertThat(rule).containsEntry("FromPort", 5432).containsEntry("ToPort", 5432));
        assertThat(rules).extracting(rule -> Cfn.json(rule.get("SourceSecurityGroupId")))
                .anySatisfy(source -> assertThat(source).contains("SecurityGroupsWeb"))
                .anySatisfy(source -> assertThat(source).contains("SecurityGroupsWorker"));
        assertThat(inlineIngress("SecurityGroupsDatabase")).isEmpty();
    }

    @Test
    void nothingButTheAlbIsOpenToTheInternetInAnyStack() {
        for (SynthesizedPlatform platform : List.of(SynthesizedPlatform.defaults(), SynthesizedPlatform.allOptions())) {
            for (var stack : platform.stacks()) {
                Template template = platform.template(stack);
                Cfn.properties(template, "AWS::EC2::SecurityGroup").forEach((id, group) ->
                        Cfn.list(group.get("SecurityGroupIngress")).forEach(rule -> {
                            if (isOpenToTheInternet(rule)) {
                                assertThat(id).as("group open to the internet").startsWith("SecurityGroupsAlb");
                            }
                        }));
                Cfn.properties(template, "AWS::EC2::SecurityGroupIngress").forEach((id, rule) ->
                        assertThat(isOpenToTheInternet(rule)).as(id).isFalse());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isOpenToTheInternet(Object rule) {
        Map<String, Object> r = (Map<String, Object>) rule;
        return "0.0.0.0/0".equals(r.get("CidrIp")) || "::/0".equals(r.get("CidrIpv6"));
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> internetIngressPorts(Template network) {
        List<Integer> ports = new ArrayList<>();
        Cfn.list(Cfn.onlyProperties(network, "AWS::EC2::SecurityGroup", "SecurityGroupsAlb")
                .get("SecurityGroupIngress")).forEach(rule -> {
                    Map<String, Object> r = (Map<String, Object>) rule;
                    assertThat(r).containsEntry("CidrIp", "0.0.0.0/0");
                    ports.add((Integer) r.get("FromPort"));
                });
        return ports;
    }

    private List<Map<String, Object>> ingressInto(String groupPrefix) {
        return Cfn.properties(network, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> Cfn.json(rule.get("GroupId")).contains("\"" + groupPrefix))
                .toList();
    }

    private List<Object> inlineIngress(String groupPrefix) {
        return Cfn.list(Cfn.onlyProperties(network, "AWS::EC2::SecurityGroup", groupPrefix).get("SecurityGroupIngress"));
    }
}
