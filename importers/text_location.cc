#include "importers/text_location.h"

#include <algorithm>
#include <string>

namespace claimgraph {

SourceLoc LocationOf(std::string_view text, size_t offset, std::string_view file_name) {
  offset = std::min(offset, text.size());
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  SourceLoc loc;
  loc.file = std::string(file_name);
  loc.line = line;
  loc.col = static_cast<uint32_t>(offset - line_start + 1);
  return loc;
}

std::string Quoted(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "'";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  out += "'";
  return out;
}

}  // namespace claimgraph
