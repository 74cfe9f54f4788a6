// ScanJson against RapidJSON's Reader, its oracle, for the unit tests and the
// JSON importer's fuzz target: on every text the tokens ScanJson delivers must be
// the Reader's, in order and at the same offsets, and where it reads the whole
// text the Reader must read the same tokens and accept it. (Compile with the
// RAPIDJSON_SSE2 the importer is compiled with: importers/CMakeLists.txt.)
#ifndef CLAIMGRAPH_TESTS_IMPORTERS_JSON_SCAN_ORACLE_H_
#define CLAIMGRAPH_TESTS_IMPORTERS_JSON_SCAN_ORACLE_H_

#include <rapidjson/reader.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "importers/json_scan.h"

namespace claimgraph::json_scan_oracle {

inline constexpr int kMaxDepth = 4;  // the importer's

// Each token as one line: what it is, where it starts, and its text or count.
struct TokenLog {
  std::vector<std::string> tokens;
  size_t stop_after = SIZE_MAX;  // a token method returns false once this many are logged

  bool Log(std::string token) {
    tokens.push_back(std::move(token));
    return tokens.size() < stop_after;
  }
  bool Null(size_t at) { return Log("null@" + std::to_string(at)); }
  bool Bool(size_t at, bool b) { return Log((b ? "true@" : "false@") + std::to_string(at)); }
  bool Number(size_t at, size_t length) {
    return Log("number@" + std::to_string(at) + ":" + std::to_string(length));
  }
  bool String(size_t open, const char* str, size_t length) {
    return Log("string@" + std::to_string(open) + ":" + std::string(str, length));
  }
  bool Key(size_t open, const char* str, size_t length) {
    return Log("key@" + std::to_string(open) + ":" + std::string(str, length));
  }
  bool StartObject(size_t at) { return Log("{@" + std::to_string(at)); }
  bool EndObject(size_t at, size_t n) {
    return Log("}@" + std::to_string(at) + ":" + std::to_string(n));
  }
  bool StartArray(size_t at) { return Log("[@" + std::to_string(at)); }
  bool EndArray(size_t at, size_t n) {
    return Log("]@" + std::to_string(at) + ":" + std::to_string(n));
  }
};

// `text` followed by the 16 NUL bytes both readers may look into.
inline std::string Padded(std::string_view text) {
  return std::string(text) + std::string(16, '\0');
}

struct Comparison {
  ScanEnd end = ScanEnd::kLeft;
  std::string mismatch;  // empty when ScanJson kept to the Reader
};

// Reads `text` both ways and compares.
inline Comparison CompareWithReader(std::string_view text) {
  const std::string padded = Padded(text);
  TokenLog read;
  rapidjson::StringStream stream(padded.c_str());
  ReaderTokens<TokenLog> tokens(read, stream);
  rapidjson::Reader reader;
  const bool reader_ok =
      !reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, tokens).IsError();
  TokenLog scanned;
  Comparison out;
  out.end = ScanJson(std::string_view(padded.data(), text.size()), 0, scanned, kMaxDepth);
  if (out.end == ScanEnd::kStopped) out.mismatch = "ScanJson stopped, and no token asked it to";
  for (size_t i = 0; i < scanned.tokens.size() && out.mismatch.empty(); ++i) {
    if (i >= read.tokens.size()) {
      out.mismatch =
          "token " + std::to_string(i) + ": ScanJson " + scanned.tokens[i] + ", the Reader none";
    } else if (scanned.tokens[i] != read.tokens[i]) {
      out.mismatch = "token " + std::to_string(i) + ": ScanJson " + scanned.tokens[i] +
                     ", the Reader " + read.tokens[i];
    }
  }
  if (out.mismatch.empty() && out.end == ScanEnd::kDone) {
    if (!reader_ok) out.mismatch = "ScanJson read a text the Reader refuses";
    if (scanned.tokens.size() != read.tokens.size()) {
      out.mismatch = "ScanJson read " + std::to_string(scanned.tokens.size()) +
                     " tokens, the Reader " + std::to_string(read.tokens.size());
    }
  }
  return out;
}

}  // namespace claimgraph::json_scan_oracle

#endif  // CLAIMGRAPH_TESTS_IMPORTERS_JSON_SCAN_ORACLE_H_
