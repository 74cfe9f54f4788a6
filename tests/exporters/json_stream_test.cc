// BulkWriter against RapidJSON's own Writer: strings that need no escape are
// copied in as blocks, everything else is RapidJSON's; the bytes must not differ.
#include "exporters/json_stream.h"

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <random>
#include <sstream>
#include <string>

namespace claimgraph {
namespace {

// Random strings of bytes that need escapes ('"', '\\', controls), UTF-8 and plain
// ASCII, in runs that put the special bytes at every offset of an 8-byte word.
std::string RandomString(std::mt19937& random) {
  static const char* const kPieces[] = {
      "a",    "bcdefgh", "ijklmnopqrstuv", "\"",       "\\", "\n", "\x01",
      "\x1A", "\x1F",    "\x7F",           "\xC3\xA9", "/",  " "};
  std::string s;
  const bool plain = random() % 2 == 0;  // half need no escape at all
  for (int n = static_cast<int>(random() % 12); n > 0; --n) {
    s += kPieces[random() % (plain ? 3 : std::size(kPieces))];
  }
  return s;
}

template <typename Writer>
void WriteSome(Writer& w, const std::vector<std::string>& strings) {
  w.StartObject();
  for (size_t i = 0; i + 1 < strings.size(); i += 2) {
    w.Key(strings[i].data(), static_cast<rapidjson::SizeType>(strings[i].size()));
    w.String(strings[i + 1].data(), static_cast<rapidjson::SizeType>(strings[i + 1].size()));
  }
  w.EndObject();
}

TEST(BulkWriterTest, StringsAndKeysAreRapidJsonsBytes) {
  std::mt19937 random(20261206);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> strings;
    for (int i = 0; i < 40; ++i) strings.push_back(RandomString(random));

    rapidjson::StringBuffer expected;
    rapidjson::Writer<rapidjson::StringBuffer> reference(expected);
    WriteSome(reference, strings);

    rapidjson::StringBuffer into_buffer;
    BulkWriter<rapidjson::StringBuffer> bulk(into_buffer);
    WriteSome(bulk, strings);
    EXPECT_EQ(std::string(into_buffer.GetString(), into_buffer.GetSize()),
              std::string(expected.GetString(), expected.GetSize()));

    std::ostringstream out;
    {
      BufferedJsonStream stream(out, 16);  // a tiny buffer: strings straddle its drains
      BulkWriter<BufferedJsonStream> streamed(stream);
      WriteSome(streamed, strings);
    }
    EXPECT_EQ(out.str(), std::string(expected.GetString(), expected.GetSize()));
  }
}

// An empty string may come as a null pointer (an empty view): nothing is copied
// from it (memcpy's source must not be null, even for no bytes; UBSan checks).
TEST(BulkWriterTest, EmptyStringFromNullPointer) {
  rapidjson::StringBuffer buffer;
  BulkWriter<rapidjson::StringBuffer> into_buffer(buffer);
  into_buffer.StartArray();
  into_buffer.String(nullptr, 0);
  into_buffer.EndArray();
  EXPECT_EQ(std::string(buffer.GetString(), buffer.GetSize()), "[\"\"]");
  std::ostringstream out;
  {
    BufferedJsonStream stream(out);
    BulkWriter<BufferedJsonStream> streamed(stream);
    streamed.StartArray();
    streamed.String(nullptr, 0);
    streamed.EndArray();
  }
  EXPECT_EQ(out.str(), "[\"\"]");
}

TEST(BulkWriterTest, NeedsNoEscapeFindsEveryEscapedByte) {
  for (int c = 0; c < 256; ++c) {
    const bool escaped = c == '"' || c == '\\' || c < 0x20;
    for (size_t at = 0; at < 17; ++at) {
      std::string s(17, 'x');
      s[at] = static_cast<char>(c);
      EXPECT_EQ(NeedsNoEscape(s), !escaped) << "byte " << c << " at " << at;
    }
  }
  EXPECT_TRUE(NeedsNoEscape(""));
}

TEST(BulkWriterTest, RawElementsCarryTheirOwnCommas) {
  rapidjson::StringBuffer buffer;
  BulkWriter<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  w.RawElements("1,{\"a\":2}", 9);
  w.RawElements(",3", 2);
  w.EndArray();
  EXPECT_EQ(std::string(buffer.GetString(), buffer.GetSize()), "[1,{\"a\":2},3]");
}

}  // namespace
}  // namespace claimgraph
