// Sentence boundaries over tokens: the quote a proposed claim carries, and the
// phrase a hedge word must share with its number.
#ifndef CLAIMGRAPH_IMPORTERS_EXTRACT_SENTENCE_SPLITTER_H_
#define CLAIMGRAPH_IMPORTERS_EXTRACT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <span>
#include <vector>

#include "importers/extract/tokenizer.h"

namespace claimgraph::extract {

struct SentenceSpan {
  size_t first_token = 0;  // token indices, [first_token, last_token]
  size_t last_token = 0;
  size_t start = 0;  // byte offsets of the sentence, end exclusive
  size_t end = 0;
};

// Splits tokenized text into sentences, in order; every token belongs to exactly
// one. A sentence ends at '.', '!', '?' or '…' (after any closing quote or
// bracket) when a capital, digit or opening quote follows, except after an
// abbreviation ("Mr.", "No.", "LTD.", an initial); at an empty line; and at a line
// break unless the next line starts with a lower-case word (a wrapped line).
std::vector<SentenceSpan> SplitSentences(std::span<const Token> tokens);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_IMPORTERS_EXTRACT_SENTENCE_SPLITTER_H_
