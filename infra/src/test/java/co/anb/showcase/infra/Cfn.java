package co.anb.showcase.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.assertions.Template;

/** Small readers over synthesized templates, for checks that CDK's matchers cannot express alone. */
final class Cfn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cfn() {
    }

    /** Properties of every resource of the type, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(Template template, String type) {
        Map<String, Map<String, Object>> result = new java.util.LinkedHashMap<>();
        template.findResources(type).forEach((id, resource) ->
                result.put(id, (Map<String, Object>) resource.getOrDefault("Properties", Map.of())));
        return result;
    }

    static Map<String, Object> onlyProperties(Template template, String type, String logicalIdPrefix) {
        List<Map<String, Object>> matches = properties(template, type).entrySet().stream()
                .filter(e -> e.getKey().startsWith(logicalIdPrefix))
                .map(Map.Entry::getValue)
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + logicalIdPrefix + "*, found " + matches.size());
        }
        return matches.get(0);
    }

    /** The zones of the subnets a list of {@code Fn::ImportValue}s points at, resolved through the network stack. */
    @SuppressWarnings("unchecked")
    static Set<String> zonesOfImportedSubnets(List<Object> subnetRefs, Template network) {
        Map<String, Object> outputs = (Map<String, Object>) network.toJSON().get("Outputs");
        Map<String, Map<String, Object>> subnets = properties(network, "AWS::EC2::Subnet");
        Set<String> zones = new TreeSet<>();
        for (Object ref : subnetRefs) {
            String exportName = (String) ((Map<String, Object>) ref).get("Fn::ImportValue");
            Map<String, Object> output = outputs.values().stream()
                    .map(o -> (Map<String, Object>) o)
                    .filter(o -> exportName.equals(((Map<String, Object>) o.get("Export")).get("Name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no export " + exportName));
            String subnetId = (String) ((Map<String, Object>) output.get("Value")).get("Ref");
            zones.add((String) subnets.get(subnetId).get("AvailabilityZone"));
        }
        return zones;
    }

    /** Statements of the IAM policy whose logical id starts with the prefix. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Template template, String policyPrefix) {
        Map<String, Object> document = (Map<String, Object>) onlyProperties(template, "AWS::IAM::Policy", policyPrefix)
                .get("PolicyDocument");
        return (List<Map<String, Object>>) document.get("Statement");
    }

    static List<Object> list(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value == null ? List.of() : List.of(value);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user data script of a launch template, with CloudFormation references rendered as JSON inline. */
    @SuppressWarnings("unchecked")
    static String userData(Template services, String launchTemplatePrefix) {
        Map<String, Object> data = (Map<String, Object>) onlyProperties(services, "AWS::EC2::LaunchTemplate",
                launchTemplatePrefix).get("LaunchTemplateData");
        Map<String, Object> base64 = (Map<String, Object>) data.get("UserData");
        Map<String, Object> join = (Map<String, Object>) base64.get("Fn::Base64");
        List<Object> parts = (List<Object>) ((List<Object>) join.get("Fn::Join")).get(1);
        StringBuilder script = new StringBuilder();
        parts.forEach(part -> script.append(part instanceof String s ? s : json(part)));
        return script.toString();
    }
}
