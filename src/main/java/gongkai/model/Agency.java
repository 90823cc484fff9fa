package gongkai.model;

/** An issuing body (发布机构) from the site catalogue. */
public record Agency(String id, String name) {}
