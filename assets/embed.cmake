# Writes OUT, a .cpp defining modelwatt::NAME (default kCatalogJson) from the text of IN.
# Raw string literals are limited by MSVC, not by g++/clang/em++; split anyway every 8 KB so any
# compiler's per-literal limit is respected, concatenated at compile time.
# With REGISTER=ON the file also registers the text as a run file that builtin_catalog() appends
# (register_builtin_catalog_runs(), during static initialisation): link such a file as an OBJECT
# library so the linker keeps it.
if(NOT NAME)
  set(NAME kCatalogJson)
endif()
file(READ "${IN}" text)
# Minify: JSON strings cannot hold raw newlines, so dropping each newline and the indentation after
# it never changes a value (halves the embedded size).
string(REGEX REPLACE "\n[ ]*" "" text "${text}")
string(LENGTH "${text}" n)
get_filename_component(in_name "${IN}" NAME)
set(out "// Generated from assets/${in_name}. Do not edit.\nnamespace modelwatt {\nextern const char ${NAME}[] =\n")
set(pos 0)
while(pos LESS n)
  string(SUBSTRING "${text}" ${pos} 8000 chunk)
  string(APPEND out "R\"mwjson(${chunk})mwjson\"\n")
  math(EXPR pos "${pos} + 8000")
endwhile()
string(APPEND out ";\n")
if(REGISTER)
  string(APPEND out "int register_builtin_catalog_runs(const char* json);\n"
                    "static const int ${NAME}_registered = register_builtin_catalog_runs(${NAME});\n")
endif()
string(APPEND out "}\n")
file(WRITE "${OUT}" "${out}")
