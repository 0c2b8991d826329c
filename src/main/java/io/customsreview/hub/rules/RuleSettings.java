package io.customsreview.hub.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * Tolerances of the rules ({@code hub.rules.*}).
 *
 * @param weightTolerancePercent     weights compare within this share (0.1 = 0.1 %)
 * @param amountTolerance            amounts compare within this absolute difference (0 = to the cent)
 * @param insuranceMinimumPercent    for CIF/CIP the insured amount must be at least this share of the invoice
 * @param hsNomenclatureResource     classpath or file resource with the valid 6-digit HS codes, one per line
 */
@ConfigurationProperties("hub.rules")
public record RuleSettings(BigDecimal weightTolerancePercent, BigDecimal amountTolerance,
                           BigDecimal insuranceMinimumPercent, String hsNomenclatureResource) {

    public RuleSettings {
        weightTolerancePercent = weightTolerancePercent == null ? new BigDecimal("0.1") : weightTolerancePercent;
        amountTolerance = amountTolerance == null ? BigDecimal.ZERO : amountTolerance;
        insuranceMinimumPercent = insuranceMinimumPercent == null ? new BigDecimal("110") : insuranceMinimumPercent;
        hsNomenclatureResource = hsNomenclatureResource == null ? "classpath:hs/hs2022-subheadings.txt"
                : hsNomenclatureResource;
    }

    public static RuleSettings defaults() {
        return new RuleSettings(null, null, null, null);
    }
}
