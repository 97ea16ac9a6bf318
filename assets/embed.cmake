# Writes OUT, a .cpp defining modelwatt::kCatalogJson from the text of IN.
# Raw string literals are limited by MSVC, not by g++/clang/em++; split anyway every 8 KB so any
# compiler's per-literal limit is respected, concatenated at compile time.
file(READ "${IN}" text)
# Minify: JSON strings cannot hold raw newlines, so dropping each newline and the indentation after
# it never changes a value (halves the embedded size).
string(REGEX REPLACE "\n[ ]*" "" text "${text}")
string(LENGTH "${text}" n)
set(out "// Generated from assets/catalog.json. Do not edit.\nnamespace modelwatt {\nextern const char kCatalogJson[] =\n")
set(pos 0)
while(pos LESS n)
  string(SUBSTRING "${text}" ${pos} 8000 chunk)
  string(APPEND out "R\"mwjson(${chunk})mwjson\"\n")
  math(EXPR pos "${pos} + 8000")
endwhile()
string(APPEND out ";\n}\n")
file(WRITE "${OUT}" "${out}")
