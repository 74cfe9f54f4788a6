# Writes OUTPUT, a C++ file defining claimgraph::cli::BundledDataset() over the
# bytes of INPUT, so the binary carries its default dataset wherever it runs.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cli/embed.cmake. Do not edit.
#include \"cli/load.h\"

namespace claimgraph::cli {
namespace {
constexpr char kDataset[] = {
${bytes}
'\\0'};
}  // namespace

std::string_view BundledDataset() { return std::string_view(kDataset, ${byte_count}); }

}  // namespace claimgraph::cli
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
