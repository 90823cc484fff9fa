package gongkai.model;

/** A subject category (主题分类); {@code featured} marks a 特色主题 shown on the home page. */
public record Topic(String id, String name, boolean featured) {}
