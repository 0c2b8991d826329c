package io.customsreview.hub.rules;

import io.customsreview.hub.domain.Document;
import io.customsreview.hub.domain.Dossier;
import io.customsreview.hub.domain.Evidence;
import io.customsreview.hub.domain.Field;
import io.customsreview.hub.domain.FieldValue;
import io.customsreview.hub.domain.Finding;
import io.customsreview.hub.domain.LineField;
import io.customsreview.hub.domain.LineItem;
import io.customsreview.hub.domain.RuleId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** NET_EXCEEDS_GROSS: a net weight greater than the gross weight beside it, on a document or one of its lines. */
final class NetExceedsGrossRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.NET_EXCEEDS_GROSS;
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Document document : dossier.readable()) {
            Optional<FieldValue> net = document.first(Field.NET_WEIGHT);
            Optional<FieldValue> gross = document.first(Field.GROSS_WEIGHT);
            if (net.isPresent() && gross.isPresent() && net.get().decimal().compareTo(gross.get().decimal()) > 0
                    && !decimalMarkLostOnScan(net.get(), gross.get())) {
                findings.add(Finding.of(id(), "Net weight " + Describe.kg(net.get().decimal()) + " on "
                                + Describe.doc(document) + " exceeds its gross weight " + Describe.kg(gross.get().decimal()),
                        List.of(Evidence.of(Field.NET_WEIGHT, net.get()), Evidence.of(Field.GROSS_WEIGHT, gross.get()))));
            }
            for (LineItem line : document.lines()) {
                Optional<FieldValue> lineNet = line.get(LineField.NET_WEIGHT);
                Optional<FieldValue> lineGross = line.get(LineField.GROSS_WEIGHT);
                if (lineNet.isPresent() && lineGross.isPresent()
                        && lineNet.get().decimal().compareTo(lineGross.get().decimal()) > 0
                        && !decimalMarkLostOnScan(lineNet.get(), lineGross.get())) {
                    findings.add(Finding.of(id(), "Net weight " + Describe.kg(lineNet.get().decimal()) + " on line "
                                    + line.number() + " of " + Describe.doc(document) + " exceeds its gross weight "
                                    + Describe.kg(lineGross.get().decimal()),
                            List.of(Lines.evidence(line, LineField.NET_WEIGHT), Lines.evidence(line, LineField.GROSS_WEIGHT))));
                }
            }
        }
        return findings;
    }

    private static final Pattern TWO_DECIMALS_SHOWN = Pattern.compile("[.,]\\d{1,2}\\s*\\D*$");
    /** the least share of the gross a net weight plausibly is (packaging of up to 30 %) */
    private static final BigDecimal LEAST_NET_SHARE = new BigDecimal("0.7");

    /**
     * A scanned net weight that shows no decimals and is 10, 100 or 1,000 times a plausible net weight for the gross
     * beside it (0.7 to 1 of it): "492.46" read "49,246", its point read as a grouping comma. A net weight above the
     * gross on purpose is above it by a little, not by a power of ten.
     */
    static boolean decimalMarkLostOnScan(FieldValue net, FieldValue gross) {
        if (!Consistency.scanned(net) || net.raw() == null || TWO_DECIMALS_SHOWN.matcher(net.raw().strip()).find()) {
            return false;
        }
        BigDecimal grossKg = gross.decimal();
        BigDecimal leastNet = grossKg.multiply(LEAST_NET_SHARE);
        for (int shift = 1; shift <= 3; shift++) {
            BigDecimal moved = net.decimal().movePointLeft(shift);
            if (moved.compareTo(grossKg) <= 0 && moved.compareTo(leastNet) >= 0) {
                return true;
            }
        }
        return false;
    }
}
