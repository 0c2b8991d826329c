package io.customsreview.hub.corpus;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copy-with-one-component-changed for records (test code: reflection is fine). */
final class Records {
    private Records() {
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] comps = record.getClass().getRecordComponents();
            Object[] args = new Object[comps.length];
            boolean found = false;
            for (int i = 0; i < comps.length; i++) {
                if (comps[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    comps[i].getAccessor().setAccessible(true);
                    args[i] = comps[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component + " in " + record.getClass());
            }
            Class<?>[] types = Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return (R) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
