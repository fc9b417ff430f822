package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A type object: what Python's {@code type(x)} returns. The built-in types ({@link BuiltinTypes},
 * {@link ExceptionTypes}) are singletons shared by every context of every engine: like CPython's, they
 * cannot be changed, and they hold no call targets, so nothing in them belongs to one engine.
 *
 * <p>A type knows its method resolution order, so {@code isinstance} and {@code except} clauses are a
 * walk along an array; with single inheritance it is the chain of bases, this type first.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonType implements PyRustValue {

    private final String name;
    private final PythonType base;
    @CompilationFinal(dimensions = 1) private final PythonType[] mro;

    PythonType(String name, PythonType base) {
        this.name = name;
        this.base = base;
        if (base == null) {
            this.mro = new PythonType[]{this};
        } else {
            this.mro = new PythonType[base.mro.length + 1];
            this.mro[0] = this;
            System.arraycopy(base.mro, 0, this.mro, 1, base.mro.length);
        }
    }

    /** The type's {@code __name__}. */
    public String getName() {
        return name;
    }

    /** The type's single base, or null for {@code object}. */
    public PythonType getBase() {
        return base;
    }

    /** Python's {@code issubclass(self, other)}: {@code other} is on this type's method resolution order. */
    public boolean isSubtypeOf(PythonType other) {
        for (PythonType type : mro) {
            if (type == other) {
                return true;
            }
        }
        return false;
    }

    /** The type's {@code repr()}. */
    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    /** Every type's type is {@code type}. */
    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage(name = "getMetaQualifiedName")
    @ExportMessage(name = "getMetaSimpleName")
    Object getMetaName() {
        return name;
    }

    @ExportMessage
    boolean isMetaInstance(Object instance, @Cached GetClassNode getClass) {
        return getClass.execute(instance).isSubtypeOf(this);
    }

    @ExportMessage
    boolean hasMetaParents() {
        return base != null;
    }

    @ExportMessage
    Object getMetaParents() throws UnsupportedMessageException {
        if (base == null) {
            throw UnsupportedMessageException.create();
        }
        return new TypeArray(base);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
