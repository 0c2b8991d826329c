package io.customsreview.hub.llm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the offline judge against hand-labelled pairs (src/test/resources/judgments). The pairs were written
 * alongside the judge's lexicon, so the figures are optimistic for unseen wording; the floors guard against
 * regressions.
 */
class JudgmentAccuracyTest {

    /** loaded once for the class: the model takes about a second */
    private static final EmbeddingJudge JUDGE = new EmbeddingJudge();

    static final double GOODS_FLOOR = 0.93;
    static final double PARTY_FLOOR = 0.95;
    static final double HELD_OUT_GOODS_FLOOR = 0.90;

    record Pair(String a, String b, String hsA, String hsB, boolean same) {
    }

    @Test
    void goodsAccuracy() throws IOException {
        List<Pair> pairs = read("/judgments/goods-pairs.csv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(150);
        double accuracy = measure("goods", pairs, p -> JUDGE.sameGoods(
                new GoodsEvidence(p.a(), blankToNull(p.hsA()), null, null),
                new GoodsEvidence(p.b(), blankToNull(p.hsB()), null, null)));
        assertThat(accuracy).isGreaterThanOrEqualTo(GOODS_FLOOR);
    }

    /** pairs written after the lexicon and weights were fixed, and never tuned on: the honest figure */
    @Test
    void goodsAccuracyOnHeldOutPairs() throws IOException {
        List<Pair> pairs = read("/judgments/goods-pairs-holdout.csv");
        double accuracy = measure("goods (held out)", pairs, p -> JUDGE.sameGoods(
                new GoodsEvidence(p.a(), blankToNull(p.hsA()), null, null),
                new GoodsEvidence(p.b(), blankToNull(p.hsB()), null, null)));
        assertThat(accuracy).isGreaterThanOrEqualTo(HELD_OUT_GOODS_FLOOR);
    }

    @Test
    void partyAccuracy() throws IOException {
        List<Pair> pairs = read("/judgments/party-pairs.csv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(80);
        double accuracy = measure("parties", pairs, p -> JUDGE.sameParty(p.a(), p.b()));
        assertThat(accuracy).isGreaterThanOrEqualTo(PARTY_FLOOR);
    }

    private static double measure(String name, List<Pair> pairs, java.util.function.Function<Pair, Judgment> judge) {
        int correct = 0;
        int falseSame = 0;
        int falseDifferent = 0;
        for (Pair pair : pairs) {
            Judgment judgment = judge.apply(pair);
            if (judgment.same() == pair.same()) {
                correct++;
            } else {
                if (judgment.same()) {
                    falseSame++;
                } else {
                    falseDifferent++;
                }
                System.out.printf(Locale.ROOT, "  MISS %s: '%s' / '%s' labelled %s, judged %s (%.2f) %s%n", name,
                        pair.a().replace('\n', ' '), pair.b().replace('\n', ' '), pair.same(), judgment.same(),
                        judgment.confidence(), judgment.reason());
            }
        }
        double accuracy = (double) correct / pairs.size();
        System.out.printf(Locale.ROOT, "Judge accuracy on %s: %d/%d = %.3f (judged same but different: %d,"
                + " judged different but same: %d)%n", name, correct, pairs.size(), accuracy, falseSame,
                        falseDifferent);
        return accuracy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** a small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks */
    static List<Pair> read(String resource) throws IOException {
        String text;
        try (InputStream in = JudgmentAccuracyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            pairs.add(new Pair(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4).strip().equals("1")));
        }
        return pairs;
    }
}
