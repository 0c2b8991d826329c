package io.customsreview.hub.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How one document writes things: layout, number/date formats, units, currency, HS code style, font, and which
 * compliant variants (alternative company spelling, alternative goods wording, spaced B/L number) it uses.
 */
public record DocStyle(Layout layout, NumberStyle numbers, DateStyle dates, String weightUnit, CurrencyStyle currencyStyle,
                       boolean hsDotted, int hsDigits, boolean altNames, boolean altDescriptions, boolean blSpaced,
                       boolean containersSpaced, String font, long labelSeed) {

    public enum Layout { KEY_VALUE, BOXED_GRID, LETTER }

    public enum NumberStyle { US, EUROPEAN, SPACE, PLAIN }

    public enum DateStyle { ISO, DD_MON_YYYY, SLASH, LONG, DOTTED }

    public enum CurrencyStyle { CODE_PREFIX, CODE_SUFFIX, SIGN }

    public DocStyle with(String component, Object value) {
        return Records.with(this, component, value);
    }

    static DocStyle random(Random r) {
        Layout layout = Layout.values()[r.nextInt(3)];
        NumberStyle ns = ShipmentFactory.pick(r, List.of(NumberStyle.US, NumberStyle.US, NumberStyle.EUROPEAN, NumberStyle.SPACE, NumberStyle.PLAIN));
        DateStyle ds = DateStyle.values()[r.nextInt(DateStyle.values().length)];
        String wu = ShipmentFactory.pick(r, List.of("KGS", "kg", "KG", "Kgs", "KGS"));
        CurrencyStyle cs = CurrencyStyle.values()[r.nextInt(3)];
        return new DocStyle(layout, ns, ds, wu, cs, r.nextBoolean(), ShipmentFactory.pick(r, List.of(6, 8, 8, 10)),
                r.nextInt(4) == 0, r.nextInt(4) == 0, r.nextInt(3) == 0, r.nextInt(3) == 0,
                ShipmentFactory.pick(r, List.of("Helvetica", "Helvetica", "Times", "Courier")), r.nextLong());
    }

    // ---------------------------------------------------------------- numbers

    public String number(BigDecimal v, int scale) {
        BigDecimal x = v.setScale(scale, RoundingMode.HALF_UP);
        if (numbers == NumberStyle.PLAIN) {
            x = x.stripTrailingZeros();
            if (x.scale() < 0) {
                x = x.setScale(0);
            }
            return x.toPlainString();
        }
        String plain = x.abs().toPlainString();
        String intPart = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String frac = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
        char group = switch (numbers) {
            case US -> ',';
            case EUROPEAN -> '.';
            default -> ' ';
        };
        char dec = numbers == NumberStyle.US ? '.' : ',';
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(intPart.charAt(i));
        }
        if (!frac.isEmpty()) {
            sb.append(dec).append(frac);
        }
        return (x.signum() < 0 ? "-" : "") + sb;
    }

    public String amount(BigDecimal v) {
        return number(v, 2);
    }

    public String quantity(BigDecimal v) {
        return number(v, 0);
    }

    public String weight(BigDecimal v) {
        return number(v, 2);
    }

    public String weightWithUnit(BigDecimal v) {
        return weight(v) + " " + weightUnit;
    }

    public String currencySymbol(String code) {
        return switch (code) {
            case "USD" -> "US$";
            case "EUR" -> "\u20ac";
            case "GBP" -> "\u00a3";
            case "JPY" -> "JPY\u00a5".substring(3);
            case "CNY" -> "RMB";
            default -> code;
        };
    }

    public String money(String currency, BigDecimal v) {
        return switch (currencyStyle) {
            case CODE_PREFIX -> currency + " " + amount(v);
            case CODE_SUFFIX -> amount(v) + " " + currency;
            case SIGN -> currencySymbol(currency) + " " + amount(v);
        };
    }

    /** How the document names the currency in a "Currency:" field. */
    public String currencyName(String code) {
        return currencyStyle == CurrencyStyle.SIGN ? code + " (" + currencySymbol(code) + ")" : code;
    }

    // ---------------------------------------------------------------- dates

    public String date(LocalDate d) {
        return switch (dates) {
            case ISO -> d.toString();
            case DD_MON_YYYY -> d.format(DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
            case SLASH -> d.format(DateTimeFormatter.ofPattern(numbers == NumberStyle.US ? "MM/dd/yyyy" : "dd/MM/yyyy"));
            case LONG -> d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
            case DOTTED -> d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        };
    }

    // ---------------------------------------------------------------- codes

    public String hs(String code10) {
        String d = code10.substring(0, Math.min(hsDigits, code10.length()));
        if (!hsDotted) {
            return d;
        }
        StringBuilder sb = new StringBuilder(d.substring(0, 4)).append('.').append(d, 4, 6);
        if (d.length() > 6) {
            sb.append('.').append(d.substring(6));
        }
        return sb.toString();
    }

    public String bl(String blNo) {
        if (!blSpaced) {
            return blNo;
        }
        return blNo.substring(0, 4) + " " + blNo.substring(4);
    }

    public String container(ContainerUnit c) {
        return containersSpaced ? c.spaced() : c.number();
    }

    public String party(Party p) {
        return p.name(altNames);
    }

    public String description(GoodsLine l) {
        return l.description(altDescriptions);
    }

    /** A label synonym for a key, stable for this document. */
    public String label(String key) {
        List<String> options = Labels.of(key);
        int h = (int) ((labelSeed ^ key.hashCode() * 0x9E3779B9L) >>> 7);
        return options.get(Math.floorMod(h, options.size()));
    }
}
