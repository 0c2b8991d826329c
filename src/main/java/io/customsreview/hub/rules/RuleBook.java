package io.customsreview.hub.rules;

import java.util.ArrayList;
import java.util.List;

/** The contract's rules in the order their findings are reported. */
public final class RuleBook {

    private RuleBook() {
    }

    public static List<Rule> standard() {
        List<Rule> checks = List.of(
                new BlNumberRule(),
                new InvoiceNumberRule(),
                new ContractNumberRule(),
                new InvoiceContractAmountRule(),
                new DeclaredValueExceedsContractRule(),
                new DeclaredInvoiceValueRule(),
                new LineArithmeticRule(),
                new CurrencyRule(),
                new HsCodeInvalidRule(),
                new HsCodeMismatchRule(),
                new QuantityRule(),
                new PackageCountRule(),
                new GrossWeightRule(),
                new NetWeightRule(),
                new NetExceedsGrossRule(),
                new ContainerMismatchRule(),
                new ContainerNumberInvalidRule(),
                new PartyMismatchRule(),
                new OriginRule(),
                new PortRule(),
                new VesselVoyageRule(),
                new IncotermsRule(),
                new DescriptionMismatchRule(),
                new DateSequenceRule(),
                new InsuranceInsufficientRule());
        List<Rule> rules = new ArrayList<>();
        rules.add(new MissingDocumentRule());
        // MISSING_FIELD asks the checks above which fields kept them from checking; it reports those gaps once each
        rules.add(new MissingFieldRule(checks));
        rules.addAll(checks);
        rules.add(new UnreadableDocumentRule());
        return List.copyOf(rules);
    }
}
