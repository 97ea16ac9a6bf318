#!/usr/bin/env python3
"""Where a wasm module's bytes go: code per function, grouped (core concept, std, libc), and the data.

Relink the module with names first, e.g. for the card (its link line with --profiling-funcs, then the
build's extra wasm-opt pass, keeping the names):
  cd build/web/web/front && $(sed 's#-o ../../mw_card.wasm#--profiling-funcs -o /tmp/card.wasm#' \
       CMakeFiles/modelwatt_front_card.dir/link.txt) && wasm-opt /tmp/card.wasm -Oz --debuginfo -o /tmp/card.wasm
  python3 scripts/wasm_size.py /tmp/card.wasm [groups=40] [functions=0]
Prints raw sizes (gzip of the code section as a whole is printed too; per function it is not defined).
"""
import collections
import re
import subprocess
import sys
import zlib


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        ln, i = leb(data, i + 1)
        yield sid, data[i:i + ln]
        i += ln


def imported_functions(body):
    n, j = leb(body, 0)
    count = 0
    for _ in range(n):
        for _ in range(2):  # module, field
            ln, j = leb(body, j)
            j += ln
        kind = body[j]
        j += 1
        if kind == 0:
            _, j = leb(body, j)
            count += 1
        elif kind in (1, 2):  # table (reftype first) or memory: flags, min, [max]
            if kind == 1:
                j += 1
            flags, j = leb(body, j)
            _, j = leb(body, j)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 3:
            j += 2
    return count


def function_names(body):
    ln, j = leb(body, 0)
    if body[j:j + ln] != b"name":
        return {}
    j += ln
    names = {}
    while j < len(body):
        sub = body[j]
        size, j = leb(body, j + 1)
        end = j + size
        if sub == 1:
            n, k = leb(body, j)
            for _ in range(n):
                idx, k = leb(body, k)
                ln, k = leb(body, k)
                names[idx] = body[k:k + ln].decode("utf8", "replace")
                k += ln
        j = end
    return names


def group(name):
    head = name.replace("(anonymous namespace)::", "").split("(")[0]
    m = re.search(r"modelwatt::(\w+)", head)
    if m:
        return "core: " + m.group(1)
    if "std::" in head:
        return "std"
    return "libc/other: " + head[:40]


def main():
    path = sys.argv[1]
    n_groups = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    n_funcs = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    data = open(path, "rb").read()
    imports, bodies, names, code, rodata = 0, [], {}, b"", b""
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            code = body
            n, j = leb(body, 0)
            for _ in range(n):
                size, j = leb(body, j)
                bodies.append(size)
                j += size
        elif sid == 11:
            rodata = body
        elif sid == 0:
            names.update(function_names(body))
    raw = [names.get(imports + k, "?%d" % k) for k in range(len(bodies))]
    demangled = subprocess.run(["c++filt"], input="\n".join(raw), capture_output=True, text=True).stdout.split("\n")
    print("code %d bytes (%d gzip), data %d bytes (%d gzip)" % (
        len(code), len(zlib.compress(code, 9)), len(rodata), len(zlib.compress(rodata, 9))))
    groups = collections.Counter()
    for size, name in zip(bodies, demangled):
        groups[group(name)] += size
    for g, size in groups.most_common(n_groups):
        print("%8d  %s" % (size, g))
    for size, name in sorted(zip(bodies, demangled), reverse=True)[:n_funcs]:
        print("%8d  %s" % (size, name[:140]))


if __name__ == "__main__":
    main()
