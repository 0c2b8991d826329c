package io.customsreview.hub.corpus;

import java.util.List;
import java.util.Random;

/** Which faults each dossier of a batch gets. */
public final class FaultPlan {

    private final double rate;
    private final List<Fault> fixed;
    private final boolean cycle;
    private boolean forceVariants;
    private boolean edi;

    private FaultPlan(double rate, List<Fault> fixed, boolean cycle) {
        this.rate = rate;
        this.fixed = fixed;
        this.cycle = cycle;
    }

    /**
     * Clean dossiers in which every compliant variant is forced to occur (B/L number with and without space, HS code
     * dotted and plain, company spelled two ways, KGS vs kg, 04 MAR 2025 vs 2025-03-04, goods in other words).
     * None of these may cause a finding.
     */
    public static FaultPlan compliantVariants() {
        return clean().withCompliantVariants();
    }

    /** The same plan, with all compliant variants forced into every dossier (faults unchanged). */
    public FaultPlan withCompliantVariants() {
        FaultPlan p = new FaultPlan(rate, fixed, cycle);
        p.forceVariants = true;
        p.edi = edi;
        return p;
    }

    boolean forcesVariants() {
        return forceVariants;
    }

    /**
     * The same plan, with the contract, invoice, packing list, bill of lading and declaration written as UN/EDIFACT
     * interchanges (ORDERS, INVOIC, DESADV, IFTMIN, CUSDEC) instead of PDFs; certificate of origin and insurance
     * stay PDFs. Same shipments, views, faults and expectations as without.
     */
    public FaultPlan withEdi() {
        FaultPlan p = new FaultPlan(rate, fixed, cycle);
        p.forceVariants = forceVariants;
        p.edi = true;
        return p;
    }

    boolean edi() {
        return edi;
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
