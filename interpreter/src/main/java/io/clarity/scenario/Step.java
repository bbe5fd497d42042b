package io.clarity.scenario;

/**
 * One step of a scenario: its line number, its text (comment removed, trimmed), its heredoc body
 * (or null), and its echo (the text the transcript repeats).
 */
public record Step(int line, String text, String body, String echo, String unterminatedTag) {
}
