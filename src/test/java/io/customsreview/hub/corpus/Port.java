package io.customsreview.hub.corpus;

/** A sea port: display name, country name, UN/LOCODE. */
public record Port(String name, String country, String locode) {
}
