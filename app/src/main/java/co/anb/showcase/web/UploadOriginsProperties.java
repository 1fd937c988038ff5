package co.anb.showcase.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Origins of the object store the browser sends upload parts to (presigned URLs): the local s3proxy endpoint, or
 * the bucket's S3 hosts on AWS. They join the Content-Security-Policy's connect-src, and nothing else does.
 */
@ConfigurationProperties(prefix = "anb.csp")
record UploadOriginsProperties(@DefaultValue("") List<String> uploadOrigins) {
}
