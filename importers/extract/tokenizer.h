// Splits UTF-8 text into words, digit runs and punctuation, keeping byte offsets.
// The extractor works on these tokens; offsets always point into the original
// bytes, so multi-byte characters (accents, Cyrillic, curly quotes) never shift them.
#ifndef CLAIMGRAPH_IMPORTERS_EXTRACT_TOKENIZER_H_
#define CLAIMGRAPH_IMPORTERS_EXTRACT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimgraph::extract {

enum class TokenKind : uint8_t {
  kWord,    // a run of letters (any script); apostrophes and hyphens split words
  kNumber,  // digits with internal separators: "20,000", "4,5", "20.01.2022", "40 000"
  kPunct,   // one non-letter, non-digit, non-space code point
};

struct Token {
  TokenKind kind = TokenKind::kPunct;
  size_t start = 0;  // byte offsets into the text, end exclusive
  size_t end = 0;
  bool space_before = false;    // whitespace separates it from the previous token
  bool newline_before = false;  // that whitespace holds a line break
  bool blank_before = false;    // ... or an empty line (a paragraph break)
  bool capitalized = false;     // a word whose first letter is upper case
  std::string lower;            // the text, lower-cased (ASCII and Latin-1 letters)
};

// Tokenizes `text`. Fails with InvalidInput (line:col of the bad byte) when the
// text is not valid UTF-8. A leading byte-order mark counts as whitespace.
Result<std::vector<Token>> Tokenize(std::string_view text);

// Decodes the UTF-8 code point at `pos` (which must be < text.size()); sets *len
// to its byte length. Returns -1 (and *len = 1) for an invalid sequence.
int32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len);

// True for code points the tokenizer treats as spaces (ASCII space and controls,
// no-break and thin spaces, the byte-order mark).
bool IsSpaceCodePoint(int32_t cp);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_IMPORTERS_EXTRACT_TOKENIZER_H_
