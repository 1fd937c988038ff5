package co.anb.showcase.infra;

import java.util.List;

import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.UserData;
import software.constructs.Construct;

/** The launch template both tiers share the shape of: AL2023, IMDSv2 only, encrypted gp3 root, no key pair. */
final class AppLaunchTemplate {

    private AppLaunchTemplate() {
    }

    static LaunchTemplate create(Construct scope, String id, String instanceType, ISecurityGroup securityGroup,
                                 InstanceIdentity identity, UserData userData) {
        LaunchTemplate.Builder builder = LaunchTemplate.Builder.create(scope, id)
                // Resolved from the public SSM parameter at deploy time: always the latest patched AL2023.
                .machineImage(MachineImage.latestAmazonLinux2023())
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
