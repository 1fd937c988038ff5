/**
 * The SQS wire, both ways, and the job message.
 * <ul>
 *   <li>Sending without ever losing a job: {@link co.anb.showcase.queue.JobOutbox} writes it in the caller's
 *       transaction, together with the video row, and a relay sends pending rows and marks them sent.</li>
 *   <li>Receiving: every {@link co.anb.showcase.queue.QueueConsumer} bean gets a receive loop, {@code concurrency}
 *       threads each long-polling for one message. While its {@link co.anb.showcase.queue.JobHandler} runs, a
 *       heartbeat keeps the message invisible and runs the handler's keep-alive check; the handler's
 *       {@link co.anb.showcase.queue.Outcome} deletes the message or makes it visible again after a wait (the queue's
 *       redrive policy dead-letters it after maxReceiveCount receives). On shutdown the loops stop polling, running
 *       jobs get {@code shutdownTimeout} to finish and are then cut short, so their handlers can hand them back.</li>
 *   <li>{@link co.anb.showcase.queue.ProcessingJob}, the message of SPEC.md §4, is the one owner of its JSON.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.queue;
