package org.pyrust.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * The module-level variables of one context. A {@link DynamicObject}: global reads and writes are
 * cached on its shape, which is shared by every context of the engine (so a shared AST caches across
 * contexts), and an int global stays unboxed in a primitive location.
 */
public final class Globals extends DynamicObject {

    public Globals(Shape shape) {
        super(shape);
    }
}
