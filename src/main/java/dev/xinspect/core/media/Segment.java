package dev.xinspect.core.media;

/** One APPEND of a plan: its {@code segment_index} and the byte range {@code [offset, offset + length)} of the file. */
public record Segment(int index, long offset, int length) {
}
