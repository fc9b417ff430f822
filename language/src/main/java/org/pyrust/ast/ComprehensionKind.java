package org.pyrust.ast;

public enum ComprehensionKind {
    LIST,
    SET,
    DICT,
    GENERATOR
}
