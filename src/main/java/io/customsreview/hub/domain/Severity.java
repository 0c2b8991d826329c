package io.customsreview.hub.domain;

public enum Severity {
    ERROR,
    WARNING
}
