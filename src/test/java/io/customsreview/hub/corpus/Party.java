package io.customsreview.hub.corpus;

/**
 * A company on the documents. {@code altName} is the same company spelled differently
 * ("Co., Ltd." vs "Company Limited"): using it is a compliant variant, never a finding.
 */
public record Party(String name, String altName, String street, String city, String postcode, String country) {

    public String name(boolean alt) {
        return alt ? altName : name;
    }

    public Party with(String component, Object value) {
        return Records.with(this, component, value);
    }

    public String cityLine() {
        return postcode == null || postcode.isEmpty() ? city + ", " + country : postcode + " " + city + ", " + country;
    }
}
