package gongkai.model;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * 64-bit fingerprints of texts, bytes and values: to tell whether something changed, or to name a version.
 * Fast, and well mixed, which is all that is needed where nobody gains by forging a collision.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The fingerprint of {@code data}: eight bytes a step, each step mixed, the length folded in. */
    public static long of(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long h = 0x9E3779B97F4A7C15L ^ data.length;
        int i = 0;
        for (; i + 8 <= data.length; i += 8) {
            h = mix(h ^ b.getLong(i));
        }
        long tail = 0;
        for (int k = data.length - 1; k >= i; k--) {
            tail = (tail << 8) | (data[k] & 0xFF);
        }
        return mix(mix(h ^ tail) ^ data.length);
    }

    /**
     * The fingerprint of {@code text}: four UTF-16 units a step, each step multiplied and rotated,
     * the length folded in.
     */
    public static long of(String text) {
        int n = text.length();
        long h = 0xcbf29ce484222325L ^ n;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long k = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48;
            h = Long.rotateLeft((h ^ k) * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
        }
        for (; i < n; i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** Mixes a running fingerprint with one more value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The fingerprint of a value made of records, lists, sets, maps, texts, numbers, booleans,
     * enums, dates, paths and {@link Fingerprinted} values, walked to the bottom: equal values have
     * equal fingerprints, whichever objects hold them. Empty when the value holds anything else,
     * whose equality it cannot know.
     */
    public static OptionalLong ofValue(Object value) {
        return ofValueWithout(value, null);
    }

    /**
     * As {@link #ofValue}, but with every value of class {@code left} (may be null) counted as the
     * same, whatever it holds: the fingerprint of all but those.
     */
    public static OptionalLong ofValueWithout(Object value, Class<?> left) {
        try {
            return OptionalLong.of(value(value, left));
        } catch (Unknown e) {
            return OptionalLong.empty();
        }
    }

    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    /** A record class's name, fingerprinted, and its component accessors, made callable from here. */
    private record Shape(long name, Method[] accessors) {}

    /** The shape of each record class, worked out once. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return new Shape(of(type.getName()), accessors);
        }
    };

    /** The arguments of an accessor, shared: a call with none would otherwise make an empty array each time. */
    private static final Object[] NO_ARGUMENTS = {};

    // Each kind of value starts from its own constant, so that, say, an empty list and an empty
    // text, or a record and a list of its components, differ.
    private static long value(Object v, Class<?> left) throws Unknown {
        if (v == null) {
            return 0x5bd1e9955bd1e995L;
        }
        if (v.getClass() == left) {
            return 0x2127599bf4325c37L;
        }
        if (v instanceof String s) {
            return mix(of(s) ^ 0x27d4eb2f165667c5L);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return mix(((Number) v).longValue() ^ 0x165667b19e3779f9L);
        }
        if (v instanceof Boolean b) {
            return b ? 0x61c8864680b583ebL : 0x3c6ef372fe94f82aL;
        }
        if (v instanceof Character c) {
            return mix(c ^ 0x4f1bbcdcbfa53e0bL);
        }
        if (v instanceof Enum<?> e) {
            return mix(of(e.getDeclaringClass().getName()) ^ of(e.name()));
        }
        if (v instanceof Fingerprinted f) {
            return mix(f.fingerprint() ^ 0x510e527fade682d1L);
        }
        if (v instanceof Path p) {
            return mix(of(p.toString()) ^ 0x6a09e667f3bcc909L);
        }
        if (v instanceof LocalDate d) {
            return mix(d.toEpochDay() ^ 0x2545f4914f6cdd1dL);
        }
        if (v instanceof List<?> list) {
            long h = 0x94d049bb133111ebL ^ list.size();
            for (Object o : list) {
                h = mix(h ^ value(o, left)) + 0x9E3779B97F4A7C15L;
            }
            return h;
        }
        if (v instanceof Set<?> set) {
            long h = 0;
            for (Object o : set) {
                h += value(o, left);
            }
            return mix(h ^ set.size() ^ 0x7a646e4d3f1c2b5aL);
        }
        if (v instanceof Map<?, ?> map) {
            long h = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h += mix(value(e.getKey(), left) * 31 ^ value(e.getValue(), left));
            }
            return mix(h ^ map.size() ^ 0x1b873593cc9e2d51L);
        }
        if (v instanceof Record) {
            Shape shape = SHAPES.get(v.getClass());
            long h = shape.name();
            for (Method accessor : shape.accessors()) {
                Object component;
                try {
                    component = accessor.invoke(v, NO_ARGUMENTS);
                } catch (ReflectiveOperationException e) {
                    throw new Unknown();
                }
                h = mix(h ^ value(component, left)) + 0x9E3779B97F4A7C15L;
            }
            return h;
        }
        throw new Unknown();
    }
}
