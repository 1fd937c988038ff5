package co.anb.showcase.infra.scaling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Discrete-event model of the job queue and the worker group. Events: an upload arrives, an instance finishes
 * booting, a job ends, and once a minute CloudWatch takes a datapoint and the policy is invoked. A worker takes one
 * job at a time (WORKER_CONCURRENCY=1 on 2 vCPUs); a scaled-in worker stops taking jobs, finishes the one it holds
 * (the drain lifecycle hook) and is billed until then; a booting one is cancelled first.
 */
final class WorkerGroupSimulation {

    private enum Kind { ARRIVAL, READY, DONE, TICK }

    private record Event(double time, long order, Kind kind, Worker worker) {
    }

    private static final class Worker {
        final double launchedAt;
        double readyAt;
        boolean ready;
        boolean leaving;
        Double jobArrival;

        Worker(double launchedAt) {
            this.launchedAt = launchedAt;
        }
    }

    private final ModelParameters parameters;
    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Double.compare(a.time, b.time) : Long.compare(a.order, b.order));
    private final Deque<Double> queue = new ArrayDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private final List<MetricSample> samples = new ArrayList<>();
    private final List<Double> latencies = new ArrayList<>();
    private final SplittableRandom random;
    private long order;
    private int sentThisMinute;
    private double workerSeconds;
    private int desired;
    private int scaleEvents;
    private int reversals;
    private int reversalsAfterSettling;
    private int lastDirection;
    private int largest;

    WorkerGroupSimulation(ModelParameters parameters) {
        this.parameters = parameters;
        this.random = new SplittableRandom(parameters.seed() * 31 + 7);
    }

    RunResult run(Workload workload, ScalingPolicy policy) {
        workload.arrivals(parameters.seed()).forEach(t -> schedule(t, Kind.ARRIVAL, null));
        for (int i = 0; i < parameters.minCapacity(); i++) {
            Worker worker = new Worker(0);
            worker.ready = true;
            workers.add(worker);
        }
        desired = parameters.minCapacity();
        largest = desired;
        schedule(60, Kind.TICK, null);
        double end = workload.durationSeconds();
        while (!events.isEmpty()) {
            Event event = events.poll();
            if (event.kind == Kind.TICK && event.time > end && queue.isEmpty() && busy() == 0) {
                break;
            }
            handle(event, policy);
        }
        double lastTime = Math.max(end, samples.size() * 60.0);
        workers.forEach(w -> workerSeconds += lastTime - w.launchedAt);
        return result(workload, policy);
    }

    private void handle(Event event, ScalingPolicy policy) {
        switch (event.kind) {
            case ARRIVAL -> {
                queue.add(event.time);
                sentThisMinute++;
            }
            case READY -> event.worker.ready = true;
            case DONE -> {
                latencies.add(event.time - event.worker.jobArrival);
                event.worker.jobArrival = null;
                if (event.worker.leaving) {
                    retire(event.worker, event.time);
                }
            }
            case TICK -> {
                tick(event.time, policy);
                schedule(event.time + 60, Kind.TICK, null);
            }
        }
        dispatch(event.time);
    }

    private void tick(double now, ScalingPolicy policy) {
        int minute = (int) Math.round(now / 60);
        samples.add(new MetricSample(minute, queue.size(), busy(), inService(), sentThisMinute));
        sentThisMinute = 0;
        int lag = parameters.metricLagMinutes();
        if (samples.size() <= lag) {
            return;
        }
        int booting = (int) workers.stream().filter(w -> !w.ready && !w.leaving).count();
        GroupView view = new GroupView(minute, desired, inService(), booting, parameters.minCapacity(),
                parameters.maxCapacity());
        int next = policy.desired(samples.subList(0, samples.size() - lag), view);
        if (next != desired) {
            int direction = Integer.signum(next - desired);
            scaleEvents++;
            if (lastDirection != 0 && direction != lastDirection) {
                reversals++;
                if (now > 3600) {
                    reversalsAfterSettling++;
                }
            }
            lastDirection = direction;
            resize(next, now);
        }
    }

    private void resize(int next, double now) {
        while (desired < next) {
            Worker worker = new Worker(now);
            worker.readyAt = now + parameters.bootMinSeconds()
                    + random.nextDouble() * (parameters.bootMaxSeconds() - parameters.bootMinSeconds());
            workers.add(worker);
            schedule(worker.readyAt, Kind.READY, worker);
            desired++;
        }
        while (desired > next) {
            Worker victim = workers.stream().filter(w -> !w.ready && !w.leaving)
                    .max((a, b) -> Double.compare(a.launchedAt, b.launchedAt))
                    .orElseGet(() -> randomInService());
            victim.leaving = true;
            if (victim.jobArrival == null) {
                retire(victim, now);
            }
            desired--;
        }
        largest = Math.max(largest, desired);
    }

    private Worker randomInService() {
        List<Worker> candidates = workers.stream().filter(w -> w.ready && !w.leaving).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private void retire(Worker worker, double now) {
        workerSeconds += now - worker.launchedAt;
        workers.remove(worker);
    }

    private void dispatch(double now) {
        for (Worker worker : workers) {
            if (queue.isEmpty()) {
                return;
            }
            if (worker.ready && !worker.leaving && worker.jobArrival == null) {
                worker.jobArrival = queue.poll();
                double spread = parameters.serviceSpread() * (2 * random.nextDouble() - 1);
                schedule(now + parameters.serviceSeconds() * (1 + spread), Kind.DONE, worker);
            }
        }
    }

    private int busy() {
        return (int) workers.stream().filter(w -> w.jobArrival != null).count();
    }

    private int inService() {
        return (int) workers.stream().filter(w -> w.ready && !w.leaving).count();
    }

    private void schedule(double time, Kind kind, Worker worker) {
        events.add(new Event(time, order++, kind, worker));
    }

    private RunResult result(Workload workload, ScalingPolicy policy) {
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new RunResult(policy.name(), workload.name(), sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1], workerSeconds / 3600,
                scaleEvents, reversals, reversalsAfterSettling, largest);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
