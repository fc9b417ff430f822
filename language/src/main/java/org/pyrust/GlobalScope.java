package org.pyrust;

import org.pyrust.builtins.Builtins;
import org.pyrust.runtime.Globals;
import org.pyrust.runtime.HostValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The top-level scope as the polyglot API sees it ({@code context.getBindings("pyrust")}): the
 * context's globals, then the builtins. Java may read, call and assign globals.
 */
@ExportLibrary(InteropLibrary.class)
final class GlobalScope implements TruffleObject {

    private final Globals globals;
    private final Builtins builtins;

    GlobalScope(Globals globals, Builtins builtins) {
        this.globals = globals;
        this.builtins = builtins;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyRustLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "global";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(globals.boundNames());
        names.addAll(builtins.names());
        return new MemberNames(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookup(member) != null;
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = lookup(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnsupportedTypeException {
        Object guestValue = HostValues.toGuest(value);
        if (guestValue == null) {
            throw UnsupportedTypeException.create(new Object[]{value}, "PyRust globals accept Java int, long, double, boolean and String values (and PyRust values)");
        }
        globals.put(member, guestValue);
    }

    private Object lookup(String member) {
        Object value = globals.get(member);
        return value != null ? value : builtins.lookup(member);
    }
}
