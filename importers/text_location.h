// Turns a byte offset into a 1-based line and column, only when an error needs it:
// parsers track offsets, never lines, so the common path pays nothing.
#ifndef CLAIMGRAPH_IMPORTERS_TEXT_LOCATION_H_
#define CLAIMGRAPH_IMPORTERS_TEXT_LOCATION_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace claimgraph {

// Column counts bytes from the line start, 1-based.
SourceLoc LocationOf(std::string_view text, size_t offset, std::string_view file_name);

// 'text' for an error message. Control bytes come out as \xNN, so hostile input
// cannot send terminal escapes (or a NUL) through an error message.
std::string Quoted(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_TEXT_LOCATION_H_
