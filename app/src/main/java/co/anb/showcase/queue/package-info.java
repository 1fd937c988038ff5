/**
 * Gets processing jobs onto the SQS queue without ever losing one: a transactional outbox written together with
 * the video row, and a relay that sends pending rows and marks them sent.
 */
package co.anb.showcase.queue;
