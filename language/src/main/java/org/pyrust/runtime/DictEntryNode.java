package org.pyrust.runtime;

import org.pyrust.numeric.NumericHash;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Where {@code key} is in a dict: its entry number, or -1. For str and int keys, the common ones, the hash
 * and the probe run in compiled code (no boundary, TruffleString's cached hash and comparison); any
 * other key through {@link PyDict#findEntry}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class DictEntryNode extends Node {

    public abstract int execute(PyDict dict, Object key);

    @Specialization
    static int doString(PyDict dict, TruffleString key,
                    @Cached TruffleString.HashCodeNode hashCode,
                    @Cached TruffleString.EqualNode equal) {
        return dict.findStringEntry(key, HashNode.stringHash(key, hashCode), equal);
    }

    @Specialization
    static int doLong(PyDict dict, long key) {
        return dict.findLongEntry(key, NumericHash.hashLong(key));
    }

    @Specialization
    static int doOther(PyDict dict, Object key) {
        return dict.findEntry(key);
    }
}
