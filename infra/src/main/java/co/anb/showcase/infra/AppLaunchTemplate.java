package co.anb.showcase.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.IMachineImage;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.UserData;
import software.constructs.Construct;

/** The launch template both tiers share the shape of: pinned AL2023, IMDSv2 only, encrypted gp3 root, no key pair. */
final class AppLaunchTemplate {

    private AppLaunchTemplate() {
    }

    /**
     * A pinned image, so a deploy changes instances only when a release or a setting does: {@code amiId} if given,
     * else the current AL2023 of the architecture, looked up once and kept in cdk.context.json (committed with the
     * deployment) until {@code cdk context --reset} picks a newer one (docs/deploy-aws.md, "Patching").
     */
    static IMachineImage image(InfraSettings settings) {
        if (settings.amiId() != null) {
            return MachineImage.genericLinux(Map.of(settings.region(), settings.amiId()));
        }
        return MachineImage.latestAmazonLinux2023(AmazonLinux2023ImageSsmParameterProps.builder()
                .cpuType(settings.architecture() == InfraSettings.Architecture.ARM64
                        ? AmazonLinuxCpuType.ARM_64 : AmazonLinuxCpuType.X86_64)
                .cachedInContext(true)
                .build());
    }

    static LaunchTemplate create(Construct scope, String id, InfraSettings settings, String instanceType,
                                 ISecurityGroup securityGroup, InstanceIdentity identity, UserData userData) {
        LaunchTemplate.Builder builder = LaunchTemplate.Builder.create(scope, id)
                .machineImage(image(settings))
                .instanceType(new InstanceType(instanceType))
                .securityGroup(securityGroup)
                .userData(userData)
                .requireImdsv2(true)
                // One-minute metrics: target tracking reacts in minutes instead of a quarter hour.
                .detailedMonitoring(true)
                .blockDevices(List.of(BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        // Room for the OS, the JDK, FFmpeg and a few 100 MB videos being transcoded.
                        .volume(BlockDeviceVolume.ebs(30, EbsDeviceOptions.builder()
                                .volumeType(EbsDeviceVolumeType.GP3)
                                .encrypted(true)
                                .deleteOnTermination(true)
                                .build()))
                        .build()));
        identity.applyTo(builder);
        return builder.build();
    }
}
