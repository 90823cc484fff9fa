package gongkai.rules;

import gongkai.content.ContentLoader;
import gongkai.model.Body;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the values a check of one file gives (records, texts, numbers, booleans, enums, dates,
 * paths, lists, maps and bodies) as bytes, and reads them back, for {@link SavedChecks}. Only
 * records and enums of this tool are read back, through their canonical constructors, so their
 * own checks run again. A body is written as its fingerprint and read back as one that reads its
 * file again when a page needs it, and refuses a file that no longer holds the text it was
 * checked with.
 */
final class ValueCodec {
    private ValueCodec() {}

    /** Thrown for a value the codec cannot write; such a value is not saved. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte ENUM = 6;
    private static final byte DATE = 7;
    private static final byte PATH = 8;
    private static final byte LIST = 9;
    private static final byte MAP = 10;
    private static final byte RECORD = 11;
    private static final byte BODY = 12;

    /** The canonical constructor and component accessors of each record class. */
    private static final ClassValue<Object[]> RECORDS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Object[] {c, accessors};
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** {@code value} as bytes. */
    static byte[] write(Object value) throws Unsupported {
        Out out = new Out();
        out.value(value);
        return out.bytes();
    }

    /** The value of {@code in}, whose bodies are read again from {@code file} when needed. */
    static Object read(ByteBuffer in, Path file) {
        return new In(in, file).value();
    }

    private static final class Out {
        private ByteBuffer b = ByteBuffer.allocate(1024);

        byte[] bytes() {
            byte[] out = new byte[b.position()];
            b.flip().get(out);
            return out;
        }

        private void room(int n) {
            if (b.remaining() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + n));
                b.flip();
                bigger.put(b);
                b = bigger;
            }
        }

        private void text(String s) {
            byte[] t = s.getBytes(StandardCharsets.UTF_8);
            room(Integer.BYTES + t.length);
            b.putInt(t.length).put(t);
        }

        private void tag(byte tag) {
            room(1);
            b.put(tag);
        }

        void value(Object v) throws Unsupported {
            if (v == null) {
                tag(NULL);
            } else if (v instanceof String s) {
                tag(TEXT);
                text(s);
            } else if (v instanceof Integer i) {
                tag(INT);
                room(Integer.BYTES);
                b.putInt(i);
            } else if (v instanceof Long l) {
                tag(LONG);
                room(Long.BYTES);
                b.putLong(l);
            } else if (v instanceof Boolean bool) {
                tag(bool ? TRUE : FALSE);
            } else if (v instanceof Enum<?> e) {
                tag(ENUM);
                text(e.getDeclaringClass().getName());
                text(e.name());
            } else if (v instanceof LocalDate d) {
                tag(DATE);
                room(Long.BYTES);
                b.putLong(d.toEpochDay());
            } else if (v instanceof Path p) {
                tag(PATH);
                text(p.toString());
            } else if (v instanceof List<?> list) {
                tag(LIST);
                room(Integer.BYTES);
                b.putInt(list.size());
                for (Object o : list) {
                    value(o);
                }
            } else if (v instanceof Map<?, ?> map) {
                tag(MAP);
                room(Integer.BYTES);
                b.putInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof Body body) {
                tag(BODY);
                room(Long.BYTES + Integer.BYTES + 1);
                b.putLong(body.fingerprint()).putInt(body.length()).put((byte) (body.isBlank() ? 1 : 0));
            } else if (v instanceof Record && v.getClass().getName().startsWith("gongkai.")) {
                tag(RECORD);
                text(v.getClass().getName());
                for (Method accessor : (Method[]) RECORDS.get(v.getClass())[1]) {
                    try {
                        value(accessor.invoke(v));
                    } catch (ReflectiveOperationException e) {
                        throw new Unsupported();
                    }
                }
            } else {
                throw new Unsupported();
            }
        }
    }

    /** The classes read back so far, by name: every saved record names its class. */
    private static final Map<String, Class<?>> TYPES = new ConcurrentHashMap<>();

    /** The constants of each enum class, by name. */
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private static final class In {
        private final ByteBuffer b;
        private final Path file;
        /** The bytes of the text being read, reused: a record has dozens of texts, a build tens of thousands of records. */
        private byte[] scratch = new byte[256];

        In(ByteBuffer b, Path file) {
            this.b = b;
            this.file = file;
        }

        private String text() {
            int length = b.getInt();
            if (length > scratch.length) {
                scratch = new byte[Math.max(length, 2 * scratch.length)];
            }
            b.get(scratch, 0, length);
            return new String(scratch, 0, length, StandardCharsets.UTF_8);
        }

        /** A record or enum class of this tool, and nothing else. */
        private static Class<?> type(String name) {
            return TYPES.computeIfAbsent(name, In::load);
        }

        private static Class<?> load(String name) {
            if (!name.startsWith("gongkai.")) {
                throw new IllegalArgumentException(name);
            }
            try {
                Class<?> c = Class.forName(name, false, ValueCodec.class.getClassLoader());
                if (!c.isRecord() && !c.isEnum()) {
                    throw new IllegalArgumentException(name);
                }
                return c;
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException(name, e);
            }
        }

        Object value() {
            byte tag = b.get();
            switch (tag) {
                case NULL:
                    return null;
                case TEXT:
                    return text();
                case INT:
                    return b.getInt();
                case LONG:
                    return b.getLong();
                case TRUE:
                    return true;
                case FALSE:
                    return false;
                case ENUM: {
                    Class<?> type = type(text());
                    String name = text();
                    Object constant = CONSTANTS.get(type).get(name);
                    if (constant == null) {
                        throw new IllegalArgumentException(name);
                    }
                    return constant;
                }
                case DATE:
                    return LocalDate.ofEpochDay(b.getLong());
                case PATH:
                    return Path.of(text());
                case LIST: {
                    int n = b.getInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case MAP: {
                    int n = b.getInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        Object key = value();
                        // Keys repeat from record to record (the field names of every Origin):
                        // one copy of each, rather than one per record kept for the whole build.
                        map.put(key instanceof String k ? k.intern() : key, value());
                    }
                    return map;
                }
                case BODY: {
                    Path from = file;
                    return Body.remembered(b.getLong(), b.getInt(), b.get() == 1, from, () -> ContentLoader.body(from));
                }
                case RECORD: {
                    Class<?> type = type(text());
                    Object[] record = RECORDS.get(type);
                    Method[] accessors = (Method[]) record[1];
                    Object[] args = new Object[accessors.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value();
                    }
                    try {
                        return ((Constructor<?>) record[0]).newInstance(args);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalArgumentException(type.getName(), e);
                    }
                }
                default:
                    throw new IllegalArgumentException("tag " + tag);
            }
        }
    }
}
