// ScanJson against RapidJSON's Reader, its oracle (json_scan_oracle.h).
#include "importers/json_scan.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/importers/json_scan_oracle.h"

namespace claimgraph {
namespace {

using json_scan_oracle::CompareWithReader;
using json_scan_oracle::kMaxDepth;
using json_scan_oracle::Padded;
using json_scan_oracle::TokenLog;

// Checks `text` both ways; returns how ScanJson ended.
ScanEnd CheckAgainstReader(std::string_view text) {
  const json_scan_oracle::Comparison c = CompareWithReader(text);
  EXPECT_EQ(c.mismatch, "") << std::string(text);
  return c.end;
}

TEST(JsonScanTest, ReadsTheDatasetAndTheFixturesWholeAsTheReaderDoes) {
  const std::string data = CLAIMGRAPH_DATA_DIR, fixtures = CLAIMGRAPH_FIXTURES_DIR;
  for (const std::string& path :
       {data + "/kazakhstan.json", fixtures + "/escaping.json", fixtures + "/sources.json"}) {
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(CheckAgainstReader(text.str()), ScanEnd::kDone) << path;
  }
}

TEST(JsonScanTest, TakesThePlainCases) {
  for (const char* text : {
           R"({"a": "b", "c": [1, -2.5, 0, -0, 0.125], "d": {"e": null, "f": true, "g": false}})",
           " \t\r\n[ ] ",
           R"("only a string")",
           R"(["\" \\ \/ \b \f \n \r \t", "caf\u00e9 is left", "café"])",
           R"({"k": "a \"quoted\" word", "\"key\"": 1})",
           "123456789012345",
           "[[[[]]]]",
       }) {
    const ScanEnd end = CheckAgainstReader(text);
    if (std::string_view(text).find("\\u") == std::string_view::npos) {
      EXPECT_EQ(end, ScanEnd::kDone) << text;
    } else {
      EXPECT_EQ(end, ScanEnd::kLeft) << text;
    }
  }
}

TEST(JsonScanTest, LeavesTheRestToTheReader) {
  for (const char* text : {
           "",                              // empty
           "   ",                           // only space
           "[1e5]",                         // exponent
           "[1234567890123456]",            // 16 digits
           "[0.1234567890123456]",          // 16 digits after the point
           "[01]",                          // a leading zero
           "[1.]",                          // no digit after the point
           "[-]",                           // a sign alone
           "[+1]",                          // a plus sign
           "[.5]",                          // no digit before the point
           R"(["\u0041"])",                 // \u escape
           R"(["\x"])",                     // not an escape
           "[\"tab\there\"]",               // a control byte
           "[\"\x1A\"]",                    // one the Reader's vector scan lets through
           "[\"\xC3\"]",                    // UTF-8 cut short
           "[\"\xC0\xAF\"]",                // overlong UTF-8
           "[\"open",                       // no closing quote
           "{\"a\" 1}",                     // no colon
           "{\"a\": 1,}",                   // trailing comma
           "[1,]",                          // trailing comma
           "[1 2]",                         // no comma
           "{1: 2}",                        // a key not a string
           "[tru]",                         // a literal cut short
           "[nul]",                         //
           "[[[[[1]]]]]",                   // deeper than the limit
           "{} {}",                         // two roots
       }) {
    EXPECT_EQ(CheckAgainstReader(text), ScanEnd::kLeft) << text;
  }
  // A NUL after the root: the Reader takes it as the end, ScanJson leaves.
  EXPECT_EQ(CheckAgainstReader(std::string("{} \0 x", 6)), ScanEnd::kLeft);
}

TEST(JsonScanTest, StopsWhenAskedTo) {
  TokenLog log;
  log.stop_after = 3;
  const std::string padded = Padded(R"({"a": [1, 2, 3]})");
  EXPECT_EQ(ScanJson(std::string_view(padded.data(), padded.size() - 16), 0, log, kMaxDepth),
            ScanEnd::kStopped);
  EXPECT_EQ(log.tokens.size(), 3u);
}

// Random texts near JSON, cut and corrupted: whatever ScanJson delivers, the
// Reader delivers too, and both end the same way where ScanJson reads to the end.
TEST(JsonScanTest, AgreesWithTheReaderOnRandomTexts) {
  std::mt19937 random(20261206);
  auto pick = [&](std::initializer_list<const char*> options) {
    return std::string(options.begin()[random() % options.size()]);
  };
  auto string_piece = [&] {
    return pick({"a", "xyz", " ", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\b", "\\u00e9", "\\uD83D\\uDE00",
                 "\\x", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xC3", "\xFF", "\x01", "\x1F",
                 "0123456789abcdef", "\"", "\\"});
  };
  auto string_value = [&] {
    std::string s = "\"";
    for (int n = static_cast<int>(random() % 5); n > 0; --n) s += string_piece();
    return s + "\"";
  };
  auto number = [&] {
    return pick({"0", "-0", "7", "-12", "3.25", "0.5", "1e3", "2E-2", "12345678901234567890",
                 "1.2345678901234567", "01", "1.", "-", ".5", "+1", "999999999999999",
                 "0.000000000000001"});
  };
  auto space = [&] { return pick({"", "", "", " ", "\n", "\t", "\r\n  "}); };
  std::function<std::string(int)> value = [&](int depth) -> std::string {
    const unsigned kind = random() % (depth > 6 ? 4 : 6);
    switch (kind) {
      case 0:
        return string_value();
      case 1:
        return number();
      case 2:
        return pick({"true", "false", "null", "tru", "nul"});
      case 3:
        return string_value();
      case 4: {
        std::string s = "{" + space();
        for (int n = static_cast<int>(random() % 4); n > 0; --n) {
          s += string_value() + space() + ":" + space() + value(depth + 1) + space();
          if (n > 1) s += "," + space();
        }
        return s + "}";
      }
      default: {
        std::string s = "[" + space();
        for (int n = static_cast<int>(random() % 4); n > 0; --n) {
          s += value(depth + 1) + space();
          if (n > 1) s += "," + space();
        }
        return s + "]";
      }
    }
  };
  int done = 0, left = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = space() + value(0) + space();
    switch (random() % 6) {
      case 0:  // cut short
        text.resize(random() % (text.size() + 1));
        break;
      case 1:  // one byte changed
        if (!text.empty()) text[random() % text.size()] = "{}[]:,\"\\ 0a\x80"[random() % 13];
        break;
      default:
        break;
    }
    (CheckAgainstReader(text) == ScanEnd::kDone ? done : left) += 1;
    if (HasFailure()) return;
  }
  // Both outcomes are well represented.
  EXPECT_GT(done, 2000);
  EXPECT_GT(left, 2000);
}

}  // namespace
}  // namespace claimgraph
