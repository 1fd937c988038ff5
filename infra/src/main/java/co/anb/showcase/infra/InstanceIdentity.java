package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.iam.IInstanceProfile;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * What a tier's instances run as: either a role made for the tier, or an instance profile that already exists
 * (context {@code existingInstanceRoleName}), for accounts such as AWS Academy's that forbid creating IAM.
 */
final class InstanceIdentity extends Construct {

    private final Role role;
    private final Policy policy;
    private final IInstanceProfile existingProfile;

    InstanceIdentity(Construct scope, String id, InfraSettings settings, String tier, List<PolicyStatement> statements) {
        super(scope, id);
        if (settings.usesExistingRole()) {
            role = null;
            policy = null;
            existingProfile = InstanceProfile.fromInstanceProfileName(this, "Existing",
                    settings.existingInstanceProfileName());
            return;
        }
        existingProfile = null;
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("ANB " + tier + " instances")
                // Session Manager instead of SSH: no key pair, no port 22.
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))
                .build();
        policy = Policy.Builder.create(this, "Policy")
                .statements(statements)
                .roles(List.of(role))
                .build();
        Nag.suppress(role, "IAM4", "AmazonSSMManagedInstanceCore is the AWS-maintained minimum for Session Manager.");
    }

    void applyTo(LaunchTemplate.Builder launchTemplate) {
        if (role != null) {
            launchTemplate.role(role);
        } else {
            launchTemplate.instanceProfile(existingProfile);
        }
    }

    /** Instances fetch the jar as they boot, so the policy must be attached before the group launches any. */
    void mustBeReadyBefore(IConstruct group) {
        if (policy != null) {
            group.getNode().addDependency(policy);
        }
    }

    Policy policy() {
        return policy;
    }
}
