package dev.xinspect.core.report;

/**
 * A secret located in a text: {@code [start, end)}, the label its marker shows, the name it was written under (null
 * when it was recognised by shape or value) and how it was written.
 */
record Found(int start, int end, String label, String name, How how) {
    enum How {
        /** By shape or by value: no name. */
        UNNAMED,
        /** The value of a {@code name=value} pair. */
        PAIR,
        /** The content of a JSON string under a secret's name. */
        MEMBER,
        /** A JSON number, array or object under a secret's name: its marker must be written as a JSON string. */
        MEMBER_NOT_A_STRING,
        /** The same, in JSON escaped inside a JSON string: its marker is written as an escaped string. */
        ESCAPED_MEMBER_NOT_A_STRING
    }

    static Found of(int start, int end, String label) {
        return new Found(start, end, label, null, How.UNNAMED);
    }
}
