package dev.bulwark.report.brief;

/** One piece of a section's body, rendered in order: text, a note, a table or a chart. */
public sealed interface Block permits Paragraph, Note, TableBlock, Chart {}
