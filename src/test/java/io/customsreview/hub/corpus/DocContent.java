package io.customsreview.hub.corpus;

import io.customsreview.hub.domain.DocumentType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one document says, independent of layout. The layout engine decides where it goes on the page. */
final class DocContent {

    /** A labelled value; {@code block} values are multi-line (addresses). {@code truth} is the canonical value. */
    record Field(String key, String label, String value, String truth, boolean block) {
    }

    /** Line-item table: header texts, which columns are numeric (right-aligned), rows of cell texts, the column that takes the spare width. */
    record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, int descColumn) {
    }

    final DocumentType type;
    String title;
    String subtitle;
    final List<String> issuer = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();
    final List<Field> letterRefs = new ArrayList<>();
    Table table;
    final List<Field> totals = new ArrayList<>();
    final List<String> prose = new ArrayList<>();
    final Set<String> proseKeys = new LinkedHashSet<>();
    final List<String> remarks = new ArrayList<>();
    String closing = "Yours faithfully,";
    String signature;
    /** Canonical values of everything printed (for extraction-quality measurement). */
    final Map<String, Object> truth = new LinkedHashMap<>();

    DocContent(DocumentType type) {
        this.type = type;
    }

    DocContent field(String key, String label, String value, String truth) {
        fields.add(new Field(key, label, value, truth, false));
        this.truth.put(key, truth);
        return this;
    }

    DocContent block(String key, String label, String value, String truth) {
        fields.add(new Field(key, label, value, truth, true));
        this.truth.put(key, truth);
        return this;
    }

    DocContent total(String key, String label, String value, String truth) {
        totals.add(new Field(key, label, value, truth, false));
        this.truth.put(key, truth);
        return this;
    }

    DocContent ref(String key, String label, String value, String truth) {
        letterRefs.add(new Field(key, label, value, truth, false));
        this.truth.put(key, truth);
        proseKeys.add(key);
        return this;
    }
}
