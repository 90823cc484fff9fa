package gongkai.model;

/** A record's disclosure attribute (公开属性); only {@link #ACTIVE} is ever published. */
public enum Disclosure {
    ACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    WITHHELD("不予公开");

    private final String label;

    Disclosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean published() {
        return this == ACTIVE;
    }
}
