# Writes OUT, a .cpp defining modelwatt::kUiFontTtf (bytes of IN) and kUiFontTtfSize.
# Embedded rather than fetched: one request less on the web and no file I/O on any face.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" n)
math(EXPR bytes "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
file(WRITE "${OUT}" "// Generated from the UI font subset. Do not edit.\n#include <cstddef>\nnamespace modelwatt {\n"
  "extern const unsigned char kUiFontTtf[];\nextern const std::size_t kUiFontTtfSize;\n"
  "alignas(4) const unsigned char kUiFontTtf[] = {\n${body}};\nconst std::size_t kUiFontTtfSize = ${bytes};\n}\n")
