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
 * @param unlocodeFile               the UN/LOCODE list (CSV: country,location,name,...,function); blank or missing:
 *                                   ports are compared through the code-name pairs the dossier states
 */
@ConfigurationProperties("hub.rules")
public record RuleSettings(BigDecimal weightTolerancePercent, BigDecimal amountTolerance,
                           BigDecimal insuranceMinimumPercent, String hsNomenclatureResource,
                           String unlocodeFile) {

    /** where the workplace keeps the list, beside the project (not shipped: the data is not ours to ship) */
    public static final String DEFAULT_UNLOCODE_FILE = "../shared/data/unlocode/unlocode-transport-locations.csv";

    public RuleSettings {
        weightTolerancePercent = weightTolerancePercent == null ? new BigDecimal("0.1") : weightTolerancePercent;
        amountTolerance = amountTolerance == null ? BigDecimal.ZERO : amountTolerance;
        insuranceMinimumPercent = insuranceMinimumPercent == null ? new BigDecimal("110") : insuranceMinimumPercent;
        hsNomenclatureResource = hsNomenclatureResource == null ? "classpath:hs/hs2022-subheadings.txt"
                : hsNomenclatureResource;
        unlocodeFile = unlocodeFile == null ? DEFAULT_UNLOCODE_FILE : unlocodeFile;
    }

    public static RuleSettings defaults() {
        return new RuleSettings(null, null, null, null, null);
    }

    /** the defaults, with the UN/LOCODE list where {@code HUB_UNLOCODE_FILE} says (blank: none) */
    public static RuleSettings fromEnvironment(java.util.function.Function<String, String> environment) {
        return new RuleSettings(null, null, null, null, environment.apply("HUB_UNLOCODE_FILE"));
    }
}
