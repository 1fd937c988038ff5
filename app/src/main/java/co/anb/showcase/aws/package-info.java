/**
 * The AWS SDK v2 clients (S3, its presigner, SQS) with the properties that point them at AWS or at the local
 * s3proxy and ElasticMQ, the publishing of Micrometer metrics to CloudWatch under the {@code aws} profile, and the
 * Amazon SES transport of the mail module's messages ({@code anb.mail.transport=ses}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"mail"})
package co.anb.showcase.aws;
