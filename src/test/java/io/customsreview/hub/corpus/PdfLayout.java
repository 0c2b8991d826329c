package io.customsreview.hub.corpus;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared layout engine: renders a {@link DocContent} as a digital PDF in one of three layouts. */
final class PdfLayout {

    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float M = 42;
    private static final float CW = W - 2 * M;

    private final PDDocument doc = new PDDocument();
    private final PDFont reg;
    private final PDFont bold;
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    private PdfLayout(String family) {
        switch (family) {
            case "Times" -> {
                reg = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
                bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            }
            case "Courier" -> {
                reg = new PDType1Font(Standard14Fonts.FontName.COURIER);
                bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            }
            default -> {
                reg = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            }
        }
    }

    static byte[] render(DocContent c, DocStyle style) {
        PdfLayout l = new PdfLayout(style.font());
        try {
            l.newPage();
            switch (style.layout()) {
                case KEY_VALUE -> l.keyValue(c);
                case BOXED_GRID -> l.grid(c);
                case LETTER -> l.letter(c);
            }
            return l.finish(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ layouts

    private void keyValue(DocContent c) throws IOException {
        letterhead(c, false);
        title(c);
        float colW = (CW - 20) / 2;
        List<DocContent.Field> all = new ArrayList<>(c.letterRefs);
        all.addAll(c.fields);
        for (int i = 0; i < all.size(); i += 2) {
            float h1 = kvHeight(all.get(i), colW);
            float h2 = i + 1 < all.size() ? kvHeight(all.get(i + 1), colW) : 0;
            float h = Math.max(h1, h2);
            ensure(h);
            float top = y;
            kv(all.get(i), M, colW);
            if (i + 1 < all.size()) {
                y = top;
                kv(all.get(i + 1), M + colW + 20, colW);
            }
            y = top - h - 3;
        }
        y -= 6;
        table(c.table, false);
        totals(c, false);
        remarks(c);
        signature(c, false);
    }

    private void grid(DocContent c) throws IOException {
        letterhead(c, false);
        ensure(30);
        rect(M, y - 24, CW, 24);
        centered(c.title, bold, 14, y - 17);
        y -= 24;
        if (c.subtitle != null) {
            rect(M, y - 14, CW, 14);
            centered(c.subtitle, reg, 8, y - 10);
            y -= 14;
        }
        List<DocContent.Field> blocks = new ArrayList<>();
        List<DocContent.Field> shorts = new ArrayList<>(c.letterRefs);
        for (DocContent.Field f : c.fields) {
            (f.block() ? blocks : shorts).add(f);
        }
        gridRows(blocks, 2);
        gridRows(shorts, 3);
        y -= 8;
        table(c.table, true);
        totals(c, true);
        remarks(c);
        signature(c, true);
    }

    private void letter(DocContent c) throws IOException {
        letterhead(c, true);
        for (DocContent.Field f : c.letterRefs) {
            String s = f.label() + ": " + f.value();
            text(s, reg, 9, M + CW - width(s, reg, 9), y);
            y -= 12;
        }
        y -= 6;
        title(c);
        for (String p : c.prose) {
            paragraph(p, reg, 10, M, CW, 13);
            y -= 6;
        }
        for (DocContent.Field f : c.fields) {
            if (c.proseKeys.contains(f.key())) {
                continue;
            }
            String v = f.value().replace("\n", ", ");
            ensure(13);
            float lw = width(f.label() + ": ", bold, 9.5f);
            text(f.label() + ": ", bold, 9.5f, M, y);
            paragraph(v, reg, 9.5f, M + lw, CW - lw, 12);
        }
        y -= 6;
        table(c.table, false);
        totals(c, false);
        remarks(c);
        ensure(60);
        y -= 8;
        text(c.closing, reg, 10, M, y);
        y -= 36;
        signature(c, false);
    }

    // ------------------------------------------------------------------ parts

    private void letterhead(DocContent c, boolean centered) throws IOException {
        if (c.issuer.isEmpty()) {
            return;
        }
        for (int i = 0; i < c.issuer.size(); i++) {
            PDFont f = i == 0 ? bold : reg;
            float size = i == 0 ? 12 : 8;
            if (centered) {
                centered(c.issuer.get(i), f, size, y);
            } else {
                text(c.issuer.get(i), f, size, M, y);
            }
            y -= i == 0 ? 13 : 10;
        }
        line(M, y + 4, M + CW, y + 4);
        y -= 14;
    }

    private void title(DocContent c) throws IOException {
        ensure(40);
        centered(c.title, bold, 15, y - 6);
        y -= 24;
        if (c.subtitle != null) {
            centered(c.subtitle, reg, 8, y);
            y -= 14;
        }
        y -= 4;
    }

    private float kvHeight(DocContent.Field f, float colW) throws IOException {
        if (f.block()) {
            int n = 1;
            for (String part : f.value().split("\n")) {
                n += wrap(part, reg, 9, colW - 10).size();
            }
            return n * 11;
        }
        float lw = width(f.label() + ": ", bold, 9);
        int n = 0;
        for (String part : f.value().split("\n")) {
            n += wrap(part, reg, 9, colW - lw).size();
        }
        return n * 11;
    }

    private void kv(DocContent.Field f, float x, float colW) throws IOException {
        if (f.block()) {
            text(f.label() + ":", bold, 9, x, y);
            y -= 11;
            for (String part : f.value().split("\n")) {
                for (String w : wrap(part, reg, 9, colW - 10)) {
                    text(w, reg, 9, x + 10, y);
                    y -= 11;
                }
            }
        } else {
            float lw = width(f.label() + ": ", bold, 9);
            text(f.label() + ": ", bold, 9, x, y);
            for (String part : f.value().split("\n")) {
                for (String w : wrap(part, reg, 9, colW - lw)) {
                    text(w, reg, 9, x + lw, y);
                    y -= 11;
                }
            }
        }
    }

    private void gridRows(List<DocContent.Field> fs, int perRow) throws IOException {
        float cellW = CW / perRow;
        for (int i = 0; i < fs.size(); i += perRow) {
            int n = Math.min(perRow, fs.size() - i);
            float h = 0;
            List<List<String>> vals = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                List<String> lines = new ArrayList<>();
                for (String part : fs.get(i + j).value().split("\n")) {
                    lines.addAll(wrap(part, reg, 9, cellW - 8));
                }
                vals.add(lines);
                h = Math.max(h, 13 + lines.size() * 10.5f + 3);
            }
            ensure(h);
            for (int j = 0; j < n; j++) {
                float x = M + j * cellW;
                float w = j == n - 1 ? CW - j * cellW : cellW;
                rect(x, y - h, w, h);
                text(fs.get(i + j).label(), reg, 6.5f, x + 3, y - 8);
                float yy = y - 19;
                for (String v : vals.get(j)) {
                    text(v, reg, 9, x + 4, yy);
                    yy -= 10.5f;
                }
            }
            y -= h;
        }
    }

    private void table(DocContent.Table t, boolean ruled) throws IOException {
        if (t == null) {
            return;
        }
        int n = t.headers().size();
        float[] w = new float[n];
        int desc = t.descColumn();
        float fixed = 0;
        for (int i = 0; i < n; i++) {
            if (i == desc) {
                continue;
            }
            float max = 0;
            for (String hw : t.headers().get(i).split(" ")) {
                max = Math.max(max, width(hw, bold, 7.5f));
            }
            for (List<String> row : t.rows()) {
                for (String part : row.get(i).split("\n")) {
                    max = Math.max(max, width(part, reg, 8.5f));
                }
            }
            w[i] = max + 8;
            fixed += w[i];
        }
        if (desc >= 0) {
            w[desc] = Math.max(80, CW - fixed);
        }
        float total = 0;
        for (float x : w) {
            total += x;
        }
        if (total > CW) {
            float k = CW / total;
            for (int i = 0; i < n; i++) {
                w[i] *= k;
            }
        }
        // header
        List<List<String>> hl = new ArrayList<>();
        int hn = 1;
        for (int i = 0; i < n; i++) {
            List<String> l = wrap(t.headers().get(i), bold, 7.5f, w[i] - 4);
            hl.add(l);
            hn = Math.max(hn, l.size());
        }
        float hh = hn * 9 + 6;
        ensure(hh + 20);
        float x = M;
        for (int i = 0; i < n; i++) {
            float yy = y - 9;
            for (String s : hl.get(i)) {
                text(s, bold, 7.5f, x + 2, yy);
                yy -= 9;
            }
            if (ruled) {
                rect(x, y - hh, w[i], hh);
            }
            x += w[i];
        }
        if (!ruled) {
            line(M, y + 2, M + CW, y + 2);
            line(M, y - hh, M + CW, y - hh);
        }
        y -= hh;
        for (List<String> row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int ln = 1;
            for (int i = 0; i < n; i++) {
                List<String> l = new ArrayList<>();
                for (String part : row.get(i).split("\n")) {
                    l.addAll(wrap(part, reg, 8.5f, w[i] - 4));
                }
                cells.add(l);
                ln = Math.max(ln, l.size());
            }
            float rh = ln * 10 + 5;
            ensure(rh);
            x = M;
            for (int i = 0; i < n; i++) {
                float yy = y - 10;
                for (String s : cells.get(i)) {
                    float tx = t.numeric().get(i) ? x + w[i] - 2 - width(s, reg, 8.5f) : x + 2;
                    text(s, reg, 8.5f, tx, yy);
                    yy -= 10;
                }
                if (ruled) {
                    rect(x, y - rh, w[i], rh);
                }
                x += w[i];
            }
            y -= rh;
        }
        if (!ruled) {
            line(M, y, M + CW, y);
        }
        y -= 8;
    }

    private void totals(DocContent c, boolean ruled) throws IOException {
        for (DocContent.Field f : c.totals) {
            ensure(14);
            String v = f.value();
            float vw = width(v, bold, 9.5f);
            String lab = f.label() + ":";
            float lw = width(lab, reg, 9.5f);
            float vx = M + CW - vw - 4;
            float lx = Math.max(M + 4, Math.min(vx - lw - 10, M + CW - 230));
            text(lab, reg, 9.5f, lx, y - 10);
            text(v, bold, 9.5f, vx, y - 10);
            if (ruled) {
                rect(lx - 4, y - 14, M + CW - lx + 4, 14);
            }
            y -= 14;
        }
        y -= 6;
    }

    private void remarks(DocContent c) throws IOException {
        y -= 4;
        for (String r : c.remarks) {
            paragraph(r, reg, 8, M, CW, 10);
            y -= 3;
        }
    }

    private void signature(DocContent c, boolean boxed) throws IOException {
        if (c.signature == null) {
            return;
        }
        ensure(50);
        y -= 24;
        float x = M + CW - 220;
        line(x, y, x + 210, y);
        y -= 10;
        for (String s : c.signature.split("\n")) {
            text(s, reg, 8, x, y);
            y -= 10;
        }
        if (boxed) {
            rect(x - 6, y + 4, 222, 50);
        }
    }

    // ------------------------------------------------------------------ primitives

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        y = H - M;
    }

    private void ensure(float h) throws IOException {
        if (y - h < M) {
            newPage();
        }
    }

    private String safe(String s, PDFont f) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            boolean ok = encodable.computeIfAbsent(ch, k -> {
                try {
                    f.encode(String.valueOf(k));
                    return true;
                } catch (Exception e) {
                    return false;
                }
            });
            sb.append(ok ? ch : '?');
        }
        return sb.toString();
    }

    private float width(String s, PDFont f, float size) throws IOException {
        return f.getStringWidth(safe(s, f)) / 1000 * size;
    }

    private void text(String s, PDFont f, float size, float x, float yy) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, yy);
        cs.showText(safe(s, f));
        cs.endText();
    }

    private void centered(String s, PDFont f, float size, float yy) throws IOException {
        text(s, f, size, M + (CW - width(s, f, size)) / 2, yy);
    }

    private void paragraph(String s, PDFont f, float size, float x, float w, float lead) throws IOException {
        for (String l : wrap(s, f, size, w)) {
            ensure(lead);
            text(l, f, size, x, y);
            y -= lead;
        }
    }

    private List<String> wrap(String s, PDFont f, float size, float w) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.split(" ")) {
            String cand = cur.length() == 0 ? word : cur + " " + word;
            if (width(cand, f, size) <= w || cur.length() == 0) {
                cur.setLength(0);
                cur.append(cand);
            } else {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(word);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void rect(float x, float yy, float w, float h) throws IOException {
        cs.addRect(x, yy, w, h);
        cs.stroke();
    }

    private byte[] finish(DocContent c) throws IOException {
        cs.close();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setProducer(c.issuer.isEmpty() ? "Office" : "Document Services");
        doc.setDocumentInformation(info);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }
}
