#include "importers/extract/tokenizer.h"

#include <string>

namespace claimgraph::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Letters: ASCII letters and every code point of an alphabetic block. General
// punctuation, currency signs, arrows, math and CJK punctuation are symbols.
bool IsLetterCodePoint(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0) return false;                 // Latin-1 signs, including the ordinal marks º ª
  if (cp == 0xD7 || cp == 0xF7) return false;  // multiplication and division signs
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;
  if (cp == 0xFEFF) return false;
  return true;
}

bool IsUpperStart(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && pos + 1 < text.size()) {  // Latin-1 capitals À..Þ
    unsigned char d = static_cast<unsigned char>(text[pos + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if (c == 0xD0 && pos + 1 < text.size()) {  // Cyrillic capitals А..Я, Ѐ..Џ
    unsigned char d = static_cast<unsigned char>(text[pos + 1]);
    return d >= 0x80 && d <= 0xAF;
  }
  return false;
}

// Lower-cases ASCII and the two-byte Latin-1 capitals; other bytes are copied.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

// Length of the run of ASCII digits at `pos`.
size_t DigitRun(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && IsDigit(text[pos + n])) ++n;
  return n;
}

// The end of a number token starting at `pos` (a digit). Takes digits, then any
// '.' or ',' followed by a digit, then a no-break or thin space followed by
// exactly three digits (the typographic thousands separator "40 000"). An
// ordinary space joins too, but only once and only after one to three digits
// ("1 500 tenge", "40 000"): longer chains of spaced groups are phone numbers
// ("800 065 510", "+7 727 123 4567") and stay apart.
size_t NumberEnd(std::string_view text, size_t pos) {
  const size_t first_run = DigitRun(text, pos);
  size_t p = pos + first_run;
  // Digits only so far, and not the tail of a spaced chain ("800 065 510").
  bool plain = !(pos >= 2 && text[pos - 1] == ' ' && IsDigit(text[pos - 2]));
  while (p < text.size()) {
    char c = text[p];
    if ((c == '.' || c == ',') && p + 1 < text.size() && IsDigit(text[p + 1])) {
      p += 1 + DigitRun(text, p + 1);
      plain = false;
      continue;
    }
    size_t len = 0;
    if (static_cast<unsigned char>(c) >= 0x80) {
      int32_t cp = DecodeUtf8(text, p, &len);
      if ((cp == 0xA0 || cp == 0x202F || cp == 0x2009) && DigitRun(text, p + len) == 3) {
        p += len + 3;
        plain = false;
        continue;
      }
    }
    if (c == ' ' && plain && first_run <= 3 && DigitRun(text, p + 1) == 3) {
      const size_t after = p + 4;
      const bool chain = after + 1 < text.size() && text[after] == ' ' && IsDigit(text[after + 1]);
      if (!chain) p = after;
    }
    break;
  }
  return p;
}

}  // namespace

int32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  *len = 1;
  if (c < 0x80) return c;
  int n = 0;
  int32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return -1;
  }
  if (pos + n > text.size()) return -1;
  for (int i = 1; i < n; ++i) {
    unsigned char d = static_cast<unsigned char>(text[pos + i]);
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  // Overlong forms, surrogates and values past Unicode are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    return -1;
  }
  *len = static_cast<size_t>(n);
  return cp;
}

bool IsSpaceCodePoint(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

Result<std::vector<Token>> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  bool space = false;
  int newlines = 0;
  uint32_t line = 1;
  size_t line_start = 0;
  size_t pos = 0;
  auto push = [&](TokenKind kind, size_t start, size_t end) {
    Token t;
    t.kind = kind;
    t.start = start;
    t.end = end;
    t.space_before = space || tokens.empty();
    t.newline_before = newlines > 0 || tokens.empty();
    t.blank_before = newlines > 1 || tokens.empty();
    t.capitalized = kind == TokenKind::kWord && IsUpperStart(text, start);
    t.lower = Lower(text.substr(start, end - start));
    tokens.push_back(std::move(t));
    space = false;
    newlines = 0;
  };
  while (pos < text.size()) {
    char c = text[pos];
    if (c == '\n') {
      ++newlines;
      space = true;
      ++pos;
      ++line;
      line_start = pos;
      continue;
    }
    if (IsDigit(c)) {
      size_t end = NumberEnd(text, pos);
      push(TokenKind::kNumber, pos, end);
      pos = end;
      continue;
    }
    size_t len = 0;
    int32_t cp = DecodeUtf8(text, pos, &len);
    if (cp < 0) {
      return Status::InvalidInput(
          "invalid UTF-8 byte 0x" +
              std::string(1, "0123456789abcdef"[static_cast<unsigned char>(c) >> 4]) +
              std::string(1, "0123456789abcdef"[static_cast<unsigned char>(c) & 0xF]),
          SourceLoc{"", line, static_cast<uint32_t>(pos - line_start + 1), ""});
    }
    if (IsSpaceCodePoint(cp)) {
      space = true;
      pos += len;
      continue;
    }
    if (IsLetterCodePoint(cp)) {
      size_t start = pos;
      pos += len;
      while (pos < text.size()) {
        int32_t next = DecodeUtf8(text, pos, &len);
        if (next < 0 || !IsLetterCodePoint(next)) break;
        pos += len;
      }
      push(TokenKind::kWord, start, pos);
      continue;
    }
    push(TokenKind::kPunct, pos, pos + len);
    pos += len;
  }
  return tokens;
}

}  // namespace claimgraph::extract
