package gongkai.model;

import java.time.LocalDate;

/** One entry of a document's change history (修订记录). */
public record Change(LocalDate date, String note) {}
