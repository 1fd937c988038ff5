package co.anb.showcase.queue;

import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.sqs.model.Message;

/** A received job while its handler runs on {@code worker}, and the two ways the loop may cut it short. */
final class Delivery implements JobDelivery {

    private final Message message;
    private final ProcessingJob job;
    private final int receiveCount;
    private final Thread worker;
    private volatile BooleanSupplier stillOurs;
    private volatile boolean lost;
    private volatile boolean cutShortByShutdown;
    private boolean ended;

    Delivery(Message message, ProcessingJob job, int receiveCount, Thread worker) {
        this.message = message;
        this.job = job;
        this.receiveCount = receiveCount;
        this.worker = worker;
    }

    Message message() {
        return message;
    }

    @Override
    public ProcessingJob job() {
        return job;
    }

    @Override
    public int receiveCount() {
        return receiveCount;
    }

    @Override
    public void keepAlive(BooleanSupplier check) {
        stillOurs = check;
    }

    @Override
    public void workEnded() {
        synchronized (this) {
            ended = true;
        }
        if (Thread.currentThread() == worker) {
            Thread.interrupted();
        }
    }

    @Override
    public boolean lost() {
        return lost;
    }

    @Override
    public boolean cutShortByShutdown() {
        return cutShortByShutdown;
    }

    /** The heartbeat's check; it runs on the heartbeat thread, outside the lock, as it may take a while. */
    void checkStillOurs() {
        BooleanSupplier check = stillOurs;
        if (check != null && !check.getAsBoolean()) {
            synchronized (this) {
                if (!ended) {
                    lost = true;
                    worker.interrupt();
                }
            }
        }
    }

    /** @return whether the work was still running and has now been interrupted */
    synchronized boolean cutShortForShutdown() {
        if (ended) {
            return false;
        }
        cutShortByShutdown = true;
        worker.interrupt();
        return true;
    }
}
