// Writers of exporters/mentions (kept beside the extractor's tests, whose
// Mention they print).
#include "exporters/mentions/mentions_writer.h"

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimgraph::mentions {
namespace {

using extract::Language;
using extract::Mention;
using extract::Qualifier;

constexpr std::string_view kText = "At least 164 people died, \"many\" said. 7-8 left.";

MentionsDocument Doc() {
  MentionsDocument d;
  d.file = "in/a.txt";
  d.document = "a.txt";
  d.text = kText;
  d.language = Language::kEnglish;
  Mention m;
  m.start = 9;
  m.end = 12;
  m.text = "164";
  m.value = 164;
  m.qualifier = Qualifier::kAtLeast;
  m.hedge = "At least";
  m.counted = "people";
  m.sentence_start = 0;
  m.sentence_end = 38;
  d.mentions.push_back(m);
  Mention r;
  r.start = 39;
  r.end = 42;
  r.text = "7-8";
  r.min = 7;
  r.max = 8;
  r.qualifier = Qualifier::kRange;
  r.sentence_start = 39;
  r.sentence_end = 48;
  d.mentions.push_back(r);
  return d;
}

TEST(MentionsWriter, Json) {
  std::vector<MentionsDocument> docs{Doc()};
  std::ostringstream out;
  ASSERT_TRUE(WriteMentionsJson(docs, false, out).ok());
  EXPECT_EQ(out.str(),
            R"({"files":[{"file":"in/a.txt","document":"a.txt","lang":"en","mentions":2}],)"
            R"("mentions":[{"file":"in/a.txt","lang":"en","start":9,"end":12,"text":"164",)"
            R"("value":164,"min":null,"max":null,"qualifier":"at_least","hedge":"At least",)"
            R"("counted":"people","percent":false,"currency":null,"sentence_start":0,)"
            R"("sentence_end":38},{"file":"in/a.txt","lang":"en","start":39,"end":42,)"
            R"("text":"7-8","value":null,"min":7,"max":8,"qualifier":"range","hedge":"",)"
            R"("counted":"","percent":false,"currency":null,"sentence_start":39,)"
            R"("sentence_end":48}]})"
            "\n");
}

TEST(MentionsWriter, JsonEscapesAndWritesFractions) {
  MentionsDocument d = Doc();
  d.mentions.resize(1);
  d.mentions[0].counted = "a \"quoted\"\nnoun";
  d.mentions[0].value = 2.0 / 3.0;
  std::vector<MentionsDocument> docs{d};
  std::ostringstream out;
  ASSERT_TRUE(WriteMentionsJson(docs, false, out).ok());
  EXPECT_NE(out.str().find(R"("counted":"a \"quoted\"\nnoun")"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find(R"("value":0.6666666666666666)"), std::string::npos) << out.str();
}

TEST(MentionsWriter, CsvRowsInTheImportFormat) {
  std::vector<MentionsDocument> docs{Doc()};
  std::ostringstream out;
  ASSERT_TRUE(WriteMentionsCsv(docs, out).ok());
  EXPECT_EQ(out.str(),
            "claim,proposition,value,qualifier,unit,as_of,source,stance,document,published,"
            "attributed_to,derived_from,quote,counted,text,hedge,start,end,file,lang\r\n"
            ",,164,at_least,,,,,a.txt,,,,\"At least 164 people died, \"\"many\"\" said.\","
            "people,164,At least,9,12,in/a.txt,en\r\n"
            ",,7..8,range,,,,,a.txt,,,,7-8 left.,,7-8,,39,42,in/a.txt,en\r\n");
}

TEST(MentionsWriter, CsvUnitForPercentAndMoney) {
  MentionsDocument d = Doc();
  d.mentions.resize(1);
  d.mentions[0].percent = true;
  std::vector<MentionsDocument> docs{d};
  std::ostringstream out;
  ASSERT_TRUE(WriteMentionsCsv(docs, out).ok());
  EXPECT_NE(out.str().find(",,164,at_least,percent,"), std::string::npos) << out.str();
  docs[0].mentions[0].percent = false;
  docs[0].mentions[0].currency = "KZT";
  out.str("");
  ASSERT_TRUE(WriteMentionsCsv(docs, out).ok());
  EXPECT_NE(out.str().find(",,164,at_least,KZT,"), std::string::npos) << out.str();
}

TEST(MentionsWriter, TextForReview) {
  std::vector<MentionsDocument> docs{Doc()};
  std::ostringstream out;
  ASSERT_TRUE(WriteMentionsText(docs, out).ok());
  EXPECT_EQ(out.str(),
            "== in/a.txt (en): 2 figures\n"
            "\n"
            "  At least ⟦164⟧ people died, \"many\" said.\n"
            "    At least 164 → [164, ∞) people\n"
            "\n"
            "  ⟦7-8⟧ left.\n"
            "    7-8 → [7, 8]\n");
}

TEST(MentionsWriter, Readings) {
  Mention m;
  m.value = 4000;
  m.qualifier = Qualifier::kMoreThan;
  EXPECT_EQ(Reading(m), "(4000, ∞)");
  m.qualifier = Qualifier::kAtMost;
  EXPECT_EQ(Reading(m), "(-∞, 4000]");
  m.qualifier = Qualifier::kAbout;
  EXPECT_EQ(Reading(m), "≈4000");
  m.qualifier = Qualifier::kExact;
  m.percent = true;
  EXPECT_EQ(Reading(m), "4000%");
}

TEST(MentionsWriter, NumbersAndFormats) {
  EXPECT_EQ(FormatNumber(311000), "311000");
  EXPECT_EQ(FormatNumber(0.0021), "0.0021");
  EXPECT_EQ(FormatNumber(1.5e6), "1500000");
  EXPECT_EQ(*ParseMentionsFormat("csv"), MentionsFormat::kCsv);
  EXPECT_EQ(ParseMentionsFormat("xml").status().code(), StatusCode::kUsage);
}

}  // namespace
}  // namespace claimgraph::mentions
