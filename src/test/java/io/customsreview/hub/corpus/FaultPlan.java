package io.customsreview.hub.corpus;

import java.util.List;
import java.util.Random;

/** Which faults each dossier of a batch gets. */
public final class FaultPlan {

    private final double rate;
    private final List<Fault> fixed;
    private final boolean cycle;

    private FaultPlan(double rate, List<Fault> fixed, boolean cycle) {
        this.rate = rate;
        this.fixed = fixed;
        this.cycle = cycle;
    }

    /** All dossiers clean (compliant variants only). */
    public static FaultPlan clean() {
        return new FaultPlan(0, List.of(), false);
    }

    /** Each dossier gets one random fault with probability {@code faultRate}, else is clean. */
    public static FaultPlan random(double faultRate) {
        return new FaultPlan(faultRate, List.of(), false);
    }

    /** Every dossier gets exactly these faults. */
    public static FaultPlan fixed(Fault... faults) {
        return new FaultPlan(1, List.of(faults), false);
    }

    /** Dossier i (1-based) gets fault values()[(i-1) % n]: every rule covered in a batch of 27. */
    public static FaultPlan cycle() {
        return new FaultPlan(1, List.of(), true);
    }

    List<Fault> faultsFor(int index, long dossierSeed) {
        if (cycle) {
            return List.of(Fault.values()[(index - 1) % Fault.values().length]);
        }
        if (!fixed.isEmpty()) {
            return fixed;
        }
        Random r = new Random(dossierSeed * 7919 + 17);
        if (r.nextDouble() >= rate) {
            return List.of();
        }
        return List.of(Fault.values()[r.nextInt(Fault.values().length)]);
    }
}
