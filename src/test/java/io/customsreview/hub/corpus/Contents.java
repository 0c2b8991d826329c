package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Dispatch to the per-type content builders, plus helpers they share. */
final class Contents {
    private Contents() {
    }

    static DocContent build(DocumentType type, Shipment s, DocStyle st) {
        Random r = new Random(st.labelSeed());
        return switch (type) {
            case CONTRACT -> ContractContent.build(s, st, r);
            case INVOICE -> InvoiceContent.build(s, st, r);
            case PACKING_LIST -> PackingListContent.build(s, st, r);
            case BILL_OF_LADING -> BillOfLadingContent.build(s, st, r);
            case DECLARATION -> DeclarationContent.build(s, st, r);
            case CERTIFICATE_OF_ORIGIN -> OriginCertificateContent.build(s, st, r);
            case INSURANCE -> InsuranceContent.build(s, st, r);
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    static String address(Party p, DocStyle st) {
        return st.party(p) + "\n" + p.street() + "\n" + p.cityLine();
    }

    static String addressInline(Party p, DocStyle st) {
        return st.party(p) + ", " + p.street() + ", " + p.cityLine();
    }

    static void letterhead(DocContent c, Party p, DocStyle st, Random r) {
        c.issuer.add(st.party(p));
        c.issuer.add(p.street() + ", " + p.cityLine());
        if (r.nextBoolean()) {
            c.issuer.add("Tel: +" + (10 + r.nextInt(89)) + " " + ShipmentFactory.digits(r, 3) + " " + ShipmentFactory.digits(r, 7)
                    + "   E-mail: " + (r.nextBoolean() ? "sales" : "export") + "@" + p.name().split(" ")[0].toLowerCase() + ".com");
        }
    }

    static String incoterm(Shipment s, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> s.incoterm() + " " + s.incotermPlace();
            case 1 -> s.incoterm() + " " + s.incotermPlace() + ", Incoterms 2020";
            case 2 -> s.incoterm() + " " + s.incotermPlace().toUpperCase() + " (INCOTERMS(R) 2020)";
            default -> s.incoterm() + " - " + s.incotermPlace();
        };
    }

    static String incotermTruth(Shipment s) {
        return s.incoterm() + " " + s.incotermPlace();
    }

    static String port(Port p, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> p.name() + ", " + p.country();
            case 1 -> p.name().toUpperCase();
            default -> p.name() + " (" + p.locode() + ")";
        };
    }

    static String containers(Shipment s, DocStyle st, boolean seals) {
        return s.containers().stream()
                .map(c -> st.container(c) + (seals ? " / " + c.seal() : "") + " (" + c.sizeType() + ")")
                .collect(Collectors.joining("\n"));
    }

    static List<String> containerTruth(Shipment s) {
        return s.containers().stream().map(ContainerUnit::number).toList();
    }

    static String packages(Shipment s, Random r) {
        return s.totalPackages() + " " + LineTable.kindShort(s.packageKind(), r);
    }

    static String descriptionSummary(Shipment s, DocStyle st) {
        return s.lines().stream().map(st::description).collect(Collectors.joining("; "));
    }

    static String freight(Shipment s) {
        return switch (s.incoterm()) {
            case "FOB", "FCA", "EXW" -> "FREIGHT COLLECT";
            default -> "FREIGHT PREPAID";
        };
    }
}
