package co.anb.showcase.queue;

/**
 * What a consumer does with the jobs the receive loop hands it. The loop owns the SQS side: it receives, keeps the
 * message invisible while {@link #handle} runs, and deletes or returns the message as the returned {@link Outcome}
 * says. A handler that throws leaves the message to reappear after its visibility timeout.
 */
public interface JobHandler {

    /** Runs on one of the consumer's threads; may be interrupted when the delivery is cut short. */
    Outcome handle(JobDelivery delivery);

    /**
     * A message that is not a job (the loop has logged its body).
     *
     * @param receiveCount how many times the queue has delivered it, this time included
     */
    Outcome notAJob(int receiveCount);
}
