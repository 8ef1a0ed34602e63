package dev.bothways.importers.frr;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values that repeat across a routing table (interface names, next-hop addresses, protocols,
 * uptimes), looked up by the parser's own character buffer so that a repeated value costs
 * neither a new string nor a second conversion. Bounded: past {@link #LIMIT} distinct texts,
 * new ones are converted each time and not kept.
 *
 * @param <V> what a text converts to
 */
final class RepeatedValues<V> {
    static final int LIMIT = 1 << 16;

    private final Function<String, V> convert;
    private char[] @Nullable [] keys = new char[1024][];
    private @Nullable Object[] values = new Object[1024];
    private int size;

    RepeatedValues(Function<String, V> convert) {
        this.convert = convert;
    }

    @SuppressWarnings("unchecked")
    V get(char[] buffer, int offset, int length) {
        int hash = hash(buffer, offset, length);
        int mask = keys.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            char[] key = keys[i];
            if (key == null) {
                V value = convert.apply(new String(buffer, offset, length));
                if (size < LIMIT) {
                    keys[i] = Arrays.copyOfRange(buffer, offset, offset + length);
                    values[i] = value;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                }
                return value;
            }
            if (Arrays.equals(key, 0, key.length, buffer, offset, offset + length)) {
                return (V) values[i];
            }
        }
    }

    private void grow() {
        char[] @Nullable [] oldKeys = keys;
        @Nullable Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            char[] key = oldKeys[j];
            if (key != null) {
                int i = hash(key, 0, key.length) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = oldValues[j];
            }
        }
    }

    private static int hash(char[] buffer, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + buffer[i];
        }
        return h ^ (h >>> 16);
    }
}
