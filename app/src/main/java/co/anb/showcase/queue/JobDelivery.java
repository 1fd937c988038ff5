package co.anb.showcase.queue;

import java.util.function.BooleanSupplier;

/**
 * One received job while its handler runs. The work can be cut short in two ways, each by interrupting the
 * handler's thread: a keep-alive check that answers false ({@link #lost()}), or a shutdown whose drain time ran out
 * ({@link #cutShortByShutdown()}). Neither can happen after {@link #workEnded()}.
 */
public interface JobDelivery {

    ProcessingJob job();

    /** How many times the queue has delivered this message, this time included (SQS ApproximateReceiveCount). */
    int receiveCount();

    /**
     * Runs {@code stillOurs} with every heartbeat after the first (the first goes out as the message is received),
     * that is every heartbeat interval while the work runs. When it answers false the work is cancelled.
     */
    void keepAlive(BooleanSupplier stillOurs);

    /**
     * The cancellable part of the work is over: nothing interrupts this thread any more, and a pending interrupt is
     * cleared. Call it from the handler's thread, before anything that must not be cut short (the database calls
     * that record how the attempt ended).
     */
    void workEnded();

    /** The keep-alive check answered false and the work was cancelled. */
    boolean lost();

    /** The consumer is shutting down and its drain time ran out before the work ended. */
    boolean cutShortByShutdown();
}
