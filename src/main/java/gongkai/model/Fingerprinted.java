package gongkai.model;

/**
 * A value that knows its own fingerprint, for {@link Fingerprint#ofValue}: one made on demand from
 * a source whose fingerprint stands for it (a body's HTML, named by its Markdown), so that telling
 * whether it changed never needs it made. Two such values with equal fingerprints must be equal.
 */
public interface Fingerprinted {
    /** The fingerprint of everything the value is made from. */
    long fingerprint();
}
