package gongkai.model;

/** A demand-side tag (标签) from the tag catalogue (标签目录). */
public record Tag(String id, String name) {}
