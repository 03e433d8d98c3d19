package dev.xinspect.core.report;

/**
 * One word of a pasted command after the shell's quoting is removed, with where it starts (1-based line and column
 * of the pasted text) so a message can point at it. Shell variables in it are already written {@code {{NAME}}}.
 */
record ShellWord(String text, int line, int column) {
    String at() {
        return "line " + line + ", column " + column;
    }
}
