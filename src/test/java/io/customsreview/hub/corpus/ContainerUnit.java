package io.customsreview.hub.corpus;

/** One container: ISO 6346 number (11 characters, no spaces), seal number, size/type code. */
public record ContainerUnit(String number, String seal, String sizeType) {

    public ContainerUnit with(String newNumber) {
        return new ContainerUnit(newNumber, seal, sizeType);
    }

    /** "MSKU 123456 7" style, as printed on many B/Ls. */
    public String spaced() {
        return number.substring(0, 4) + " " + number.substring(4, 10) + " " + number.substring(10);
    }
}
