package io.customsreview.hub.domain;

/** Who decided a finding: a computed rule, the language model, or the in-process embedding judge. */
public enum DecidedBy {
    RULE,
    LLM,
    EMBEDDING
}
