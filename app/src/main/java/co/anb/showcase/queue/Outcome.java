package co.anb.showcase.queue;

import java.time.Duration;

/** What the receive loop does with a message once its handler is done with it. */
public sealed interface Outcome {

    /** Done with: the message is deleted. */
    static Outcome deleteMessage() {
        return new Delete();
    }

    /**
     * The message becomes visible again after {@code wait}, for this or another worker; once the queue has delivered
     * it maxReceiveCount times, its redrive policy moves it to the dead-letter queue on the next receive instead.
     */
    static Outcome redeliverAfter(Duration wait) {
        return new Redeliver(wait);
    }

    /** Visible again at once: another worker can start it right away. */
    static Outcome redeliverNow() {
        return new Redeliver(Duration.ZERO);
    }

    record Delete() implements Outcome {
    }

    record Redeliver(Duration after) implements Outcome {

        public Redeliver {
            if (after.isNegative()) {
                throw new IllegalArgumentException("negative wait " + after);
            }
        }
    }
}
