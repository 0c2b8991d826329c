package io.customsreview.hub.extraction;

import io.customsreview.hub.domain.DocumentType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the document type from the content. A title near the top decides ("COMMERCIAL INVOICE"); where none is
 * found, the words the body uses vote. References to other documents ("Invoice No." on a packing list) weigh little,
 * because every document cites the others.
 */
final class DocumentClassifier {

    record Classification(DocumentType type, double confidence, int titleLine, int titleSegment) {
    }

    private static final Map<DocumentType, Pattern> TITLES = new EnumMap<>(DocumentType.class);
    private static final Map<DocumentType, Pattern> BODY = new EnumMap<>(DocumentType.class);
    /** a document's name with no more than qualifying words before it: what may stand before a title's colon */
    private static final Map<DocumentType, Pattern> NAMES = new EnumMap<>(DocumentType.class);

    /** the words of all document names: a word a scan split in two is joined again only into one of them */
    private static final java.util.Set<String> TITLE_WORDS = new java.util.HashSet<>();

    static {
        // a title is a document name, perhaps after a few qualifying words ("DETAILED PACKING LIST",
        // "ENTRY SUMMARY - IMPORT DECLARATION"), perhaps followed by more ("... OF THE PEOPLE'S REPUBLIC OF CHINA")
        title(DocumentType.INVOICE, "invoice", "factura", "facture", "rechnung", "handelsrechnung", "factuur",
                "faktura", "fattura", "receipt", "statement");
        title(DocumentType.PACKING_LIST, "packing list", "packing specification", "packing note", "packaging list",
                "weight list", "weight and packing list", "packing and weight list", "weight note", "lista de empaque",
                "liste de colisage", "packliste", "packing slip", "packing declaration", "weight certificate and packing list");
        // "ill of lading": a degraded scan's title without its first letter (no other document is "of lading")
        title(DocumentType.BILL_OF_LADING, "bill of lading", "ill of lading", "b l", "sea waybill", "seaway bill",
                "air waybill", "airway bill", "ocean waybill", "waybill", "express release", "master bill",
                "house bill");
        // "purchase" alone: a purchase order's title whose second word a scan lost (no other document is so titled)
        title(DocumentType.CONTRACT, "contract", "agreement", "purchase order", "purchase", "order confirmation",
                "sales confirmation", "proforma invoice contract", "contrato", "contrat", "kaufvertrag", "po",
                "indent", "sales note", "purchase contract");
        title(DocumentType.DECLARATION, "declaration", "goods declaration", "entry", "entry summary",
                "single administrative document", "sad", "customs entry", "declaration of goods",
                "customs declaration", "import entry", "export entry", "bill of entry");
        title(DocumentType.CERTIFICATE_OF_ORIGIN, "certificate of origin", "origin certificate", "certificado de origen",
                "certificat d origine", "ursprungszeugnis", "form a", "eur 1", "generalized system of preferences",
                "movement certificate");
        title(DocumentType.INSURANCE, "insurance policy", "insurance certificate", "certificate of insurance",
                "certificate of marine insurance", "certificate of cargo insurance", "marine insurance",
                "cargo insurance", "policy of insurance", "marine cargo policy", "insurance", "open cover",
                "cover note");

        BODY.put(DocumentType.INVOICE, Pattern.compile(
                "\\b(invoice|inv|unit price|price|amount due|total value|bill to|sold to|vendor|terms of payment|"
                        + "facture|factura|factuur|rechnung|faktura|fattura|rechnungsnr|invoice no|vat|tva|btw|mwst)\\b"));
        BODY.put(DocumentType.PACKING_LIST, Pattern.compile("\\b(packing|carton no|cartons|measurement|n w|g w|net weight)\\b"));
        BODY.put(DocumentType.BILL_OF_LADING, Pattern.compile(
                "\\b(shipper|consignee|notify|on board|freight|vessel|port of discharge|port of loading|carrier|"
                        + "said to contain|original)\\b"));
        BODY.put(DocumentType.CONTRACT, Pattern.compile(
                "\\b(seller|buyer|the parties|agree|agreed|terms and conditions|arbitration|force majeure|payment terms|"
                        + "hereinafter)\\b"));
        BODY.put(DocumentType.DECLARATION, Pattern.compile(
                "\\b(declarant|customs|importer|exporter|customs value|procedure|duty|tariff|mrn|statistical value)\\b"));
        BODY.put(DocumentType.CERTIFICATE_OF_ORIGIN, Pattern.compile(
                "\\b(origin|certify|certified|chamber of commerce|originating|criterion)\\b"));
        BODY.put(DocumentType.INSURANCE, Pattern.compile(
                "\\b(insured|assured|policy|premium|claims|institute cargo clauses|underwriter|insurance)\\b"));
    }

    private DocumentClassifier() {
    }

    private static void title(DocumentType type, String... names) {
        for (String name : names) {
            TITLE_WORDS.addAll(List.of(name.split(" ")));
        }
        String alternatives = String.join("|", names);
        TITLES.put(type, Pattern.compile("^(?:[a-z0-9]+ ){0,4}(?:" + alternatives + ")(?: .*)?$"));
        NAMES.put(type, Pattern.compile("^(?:[a-z0-9]+ ){0,4}(?:" + alternatives + ")$"));
    }

    /**
     * "packing l ist" as "packing list": a letter a scan set apart is joined to the word it belongs to; "sales co
     * ntract" as "sales contract": two parts are joined where together they make a word of a document's name and
     * apart they do not ("of lading" stays two words)
     */
    private static String wordsRejoined(String key) {
        List<String> words = lettersRejoined(new java.util.ArrayList<>(List.of(key.split(" "))));
        for (int i = 0; i + 1 < words.size(); i++) {
            String joined = words.get(i) + words.get(i + 1);
            if (TITLE_WORDS.contains(joined) && !(TITLE_WORDS.contains(words.get(i))
                    && TITLE_WORDS.contains(words.get(i + 1)))) {
                words.set(i, joined);
                words.remove(i + 1);
            }
        }
        return String.join(" ", words);
    }

    /**
     * a letter standing alone joined to the word after it ("l ist"), or to the word before it where only that makes a
     * word of a document's name ("packin g list")
     */
    private static List<String> lettersRejoined(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches("[a-z]")) {
                continue;
            }
            boolean before = i > 0 && words.get(i - 1).matches("[a-z]{2,}");
            boolean after = i + 1 < words.size() && words.get(i + 1).matches("[a-z]{2,}");
            if (before && (!after || TITLE_WORDS.contains(words.get(i - 1) + words.get(i))
                    && !TITLE_WORDS.contains(words.get(i) + words.get(i + 1)))) {
                words.set(i - 1, words.get(i - 1) + words.remove(i));
                i--;
            } else if (after) {
                words.set(i, words.get(i) + words.remove(i + 1));
            }
        }
        return words;
    }

    /**
     * "Invoice Currency: JPY": words before a colon with a value after it, which open with a document's name but go on
     * past it, label the value (a title's number may follow its colon: "COMMERCIAL INVOICE: 2024-1183")
     */
    private static boolean labelsAValue(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || text.substring(colon + 1).isBlank()) {
            return false;
        }
        String label = Tokens.key(text.substring(0, colon));
        return NAMES.values().stream().noneMatch(name -> name.matcher(label).matches()
                || name.matcher(wordsRejoined(label)).matches());
    }

    static Classification classify(DocumentText text) {
        List<TextLine> lines = text.lines();
        // a title: a short line near the top of the first page whose words are a document name
        int limit = Math.min(lines.size(), 15);
        // first a pure title ("PACKING LIST"), then one with its number ("COMMERCIAL INVOICE No. 123")
        for (boolean allowDigits : new boolean[]{false, true}) {
            for (int i = 0; i < limit; i++) {
                TextLine line = lines.get(i);
                if (line.page() > 1) {
                    break;
                }
                // each segment, then a short line whose words a gap parted into segments ("PACKING | LIST")
                int candidates = line.segments().size() + (line.segments().size() > 1 ? 1 : 0);
                for (int j = 0; j < candidates; j++) {
                    boolean wholeLine = j == line.segments().size();
                    String candidate = wholeLine ? line.text() : line.segments().get(j).text();
                    String key = Tokens.key(candidate);
                    if (wholeLine && key.split(" ").length > 4) {
                        continue;
                    }
                    if (key.isEmpty() || key.split(" ").length > 14 || (!allowDigits && key.matches(".*\\d.*"))
                            || key.matches(".*\\b(no|date|ref|reference|number)$")
                            || key.matches("(place|date|port|time|country) of .*") || labelsAValue(candidate)) {
                        // "Invoice No.", "Invoice Reference": a label citing a document, no title; "Place of
                        // Receipt" labels a place, it is no receipt
                        continue;
                    }
                    for (Map.Entry<DocumentType, Pattern> title : TITLES.entrySet()) {
                        if (title.getValue().matcher(key).matches() || title.getValue().matcher(wordsRejoined(key))
                                .matches()) {
                            return new Classification(title.getKey(), 0.95, i, wholeLine ? 0 : j);
                        }
                    }
                }
            }
        }
        // no title: the body's words vote
        String body = Tokens.key(text.plainText());
        DocumentType best = DocumentType.UNKNOWN;
        int bestScore = 1;
        for (Map.Entry<DocumentType, Pattern> e : BODY.entrySet()) {
            int score = (int) e.getValue().matcher(body).results().count();
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return new Classification(best, best == DocumentType.UNKNOWN ? 0 : 0.6, -1, -1);
    }

}
