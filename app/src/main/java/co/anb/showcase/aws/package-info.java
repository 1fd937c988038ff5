/**
 * The AWS SDK v2 clients (S3, its presigner, SQS) with the properties that point them at AWS or at the local
 * s3proxy and ElasticMQ, and the publishing of Micrometer metrics to CloudWatch under the {@code aws} profile.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.aws;
