package org.newsgraph.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.StageTimer;

/** Sums the nanoseconds of each stage over all threads. */
final class StageClock implements StageTimer {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    @Override
    public void record(Stage stage, long n) {
        nanos.get(stage).add(n);
    }

    double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
