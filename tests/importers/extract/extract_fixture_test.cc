// The scored test: `extract` against hand labels of the five seed texts
// (tests/fixtures/extract/*.labels.json, texts in CLAIMGRAPH_SEEDS_DIR), and of
// four more articles written for the purpose (tests/fixtures/extract/articles/,
// texts beside their labels). A prediction matches a label when their spans
// overlap and the value (or, for ranges, both ends) is equal; each label and each
// prediction matches at most once. Prints recall, precision and qualifier
// accuracy, and asserts the bars of docs/extract.md on each set.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "importers/extract/extractor.h"

namespace claimgraph::extract {
namespace {

struct Label {
  size_t start = 0;
  size_t end = 0;
  std::string text;
  std::optional<double> value, min, max;
  std::string qualifier;
  std::string counted;
};

struct LabelFile {
  std::string file;
  std::vector<Label> mentions;
};

// SAX handler for {"file": "...", "mentions": [{...}, ...]}.
class LabelHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, LabelHandler> {
 public:
  explicit LabelHandler(LabelFile* out) : out_(out) {}
  bool StartObject() {
    ++depth_;
    if (depth_ == 2) out_->mentions.emplace_back();
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    key_.assign(s, n);
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    std::string v(s, n);
    if (depth_ == 1 && key_ == "file") {
      out_->file = v;
    } else if (depth_ == 2) {
      Label& l = out_->mentions.back();
      if (key_ == "text") l.text = v;
      if (key_ == "qualifier") l.qualifier = v;
      if (key_ == "counted") l.counted = v;
    }
    return true;
  }
  bool Null() { return true; }
  bool Uint(unsigned v) { return Number(v); }
  bool Int(int v) { return Number(v); }
  bool Uint64(uint64_t v) { return Number(static_cast<double>(v)); }
  bool Int64(int64_t v) { return Number(static_cast<double>(v)); }
  bool Double(double v) { return Number(v); }
  bool Default() { return true; }

 private:
  bool Number(double v) {
    if (depth_ != 2) return true;
    Label& l = out_->mentions.back();
    if (key_ == "start") l.start = static_cast<size_t>(v);
    if (key_ == "end") l.end = static_cast<size_t>(v);
    if (key_ == "value") l.value = v;
    if (key_ == "min") l.min = v;
    if (key_ == "max") l.max = v;
    return true;
  }
  LabelFile* out_;
  int depth_ = 0;
  std::string key_;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> LabelPaths(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().string().ends_with(".labels.json")) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

const std::filesystem::path kSeedLabels = CLAIMGRAPH_EXTRACT_FIXTURES_DIR;
const std::filesystem::path kArticles =
    std::filesystem::path(CLAIMGRAPH_EXTRACT_FIXTURES_DIR) / "articles";

LabelFile LoadLabels(const std::filesystem::path& path) {
  LabelFile out;
  std::string json = ReadFile(path);
  LabelHandler handler(&out);
  rapidjson::Reader reader;
  rapidjson::StringStream stream(json.c_str());
  rapidjson::ParseResult ok = reader.Parse(stream, handler);
  EXPECT_TRUE(ok) << path << ": " << rapidjson::GetParseError_En(ok.Code()) << " at "
                  << ok.Offset();
  return out;
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

bool SameFigure(const Mention& m, const Label& l) {
  if (l.value) return m.value && Near(*m.value, *l.value);
  return !m.value && m.min && m.max && l.min && l.max && Near(*m.min, *l.min) &&
         Near(*m.max, *l.max);
}

std::string Describe(const Mention& m) {
  std::ostringstream s;
  s << m.start << "-" << m.end << " '" << m.text << "' ";
  if (m.value) {
    s << *m.value;
  } else {
    s << *m.min << ".." << *m.max;
  }
  s << " " << QualifierName(m.qualifier);
  return s.str();
}

std::string Describe(const Label& l) {
  std::ostringstream s;
  s << l.start << "-" << l.end << " '" << l.text << "' ";
  if (l.value) {
    s << *l.value;
  } else {
    s << *l.min << ".." << *l.max;
  }
  s << " " << l.qualifier;
  return s.str();
}

// Checks one set of label files against the texts in `texts`.
void CheckLabels(const std::vector<std::filesystem::path>& paths,
                 const std::filesystem::path& texts, bool counted_required) {
  for (const auto& path : paths) {
    LabelFile labels = LoadLabels(path);
    std::string text = ReadFile(texts / labels.file);
    ASSERT_FALSE(text.empty()) << labels.file;
    size_t previous_end = 0;
    for (const Label& l : labels.mentions) {
      ASSERT_LT(l.start, l.end) << labels.file;
      ASSERT_LE(l.end, text.size()) << labels.file;
      EXPECT_EQ(text.substr(l.start, l.end - l.start), l.text) << labels.file << " " << l.start;
      EXPECT_LE(previous_end, l.start) << labels.file << ": labels sorted, not overlapping";
      previous_end = l.end;
      EXPECT_NE(l.value.has_value(), l.min.has_value() && l.max.has_value())
          << labels.file << " " << l.start << ": a value or a min and max";
      EXPECT_EQ(l.qualifier == "range", !l.value.has_value()) << labels.file << " " << l.start;
      EXPECT_TRUE(l.qualifier == "exact" || l.qualifier == "at_least" ||
                  l.qualifier == "more_than" || l.qualifier == "at_most" ||
                  l.qualifier == "about" || l.qualifier == "range")
          << l.qualifier;
      if (counted_required) {
        EXPECT_FALSE(l.counted.empty()) << labels.file << " " << l.start;
      }
    }
  }
}

TEST(ExtractFixture, LabelsPointIntoTheSeedTexts) {
  std::vector<std::filesystem::path> paths = LabelPaths(kSeedLabels);
  ASSERT_EQ(paths.size(), 5u) << "one labels file per seed";
  CheckLabels(paths, CLAIMGRAPH_SEEDS_DIR, true);
}

TEST(ExtractFixture, LabelsPointIntoTheArticles) {
  std::vector<std::filesystem::path> paths = LabelPaths(kArticles);
  ASSERT_EQ(paths.size(), 4u);
  CheckLabels(paths, kArticles, false);
}

struct Scores {
  double recall = 0, precision = 0, qualifier_accuracy = 0;
};

// Runs extract on each labelled text and prints the misses, the extras and the
// scores of the whole set.
Scores Score(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& texts) {
  size_t labels_total = 0, predictions_total = 0, matched = 0, qualifier_ok = 0;
  for (const auto& path : paths) {
    LabelFile labels = LoadLabels(path);
    std::string text = ReadFile(texts / labels.file);
    Result<std::vector<Mention>> got = ExtractMentions(text, Language::kAuto);
    EXPECT_TRUE(got.ok()) << got.status().ToString();
    if (!got.ok()) return {};
    std::vector<bool> used(got->size(), false);
    size_t file_matched = 0;
    for (const Label& l : labels.mentions) {
      bool found = false;
      for (size_t k = 0; k < got->size(); ++k) {
        const Mention& m = (*got)[k];
        if (used[k] || m.end <= l.start || l.end <= m.start || !SameFigure(m, l)) continue;
        used[k] = true;
        found = true;
        ++file_matched;
        if (QualifierName(m.qualifier) == l.qualifier) {
          ++qualifier_ok;
        } else {
          std::printf("  %s: qualifier %s, labelled %s\n", labels.file.c_str(), Describe(m).c_str(),
                      l.qualifier.c_str());
        }
        break;
      }
      if (!found) std::printf("  %s: missed %s\n", labels.file.c_str(), Describe(l).c_str());
    }
    for (size_t k = 0; k < got->size(); ++k) {
      if (!used[k]) {
        std::printf("  %s: extra  %s\n", labels.file.c_str(), Describe((*got)[k]).c_str());
      }
    }
    std::printf("%s: %zu labels, %zu predictions, %zu matched\n", labels.file.c_str(),
                labels.mentions.size(), got->size(), file_matched);
    labels_total += labels.mentions.size();
    predictions_total += got->size();
    matched += file_matched;
  }
  EXPECT_GT(labels_total, 0u);
  EXPECT_GT(predictions_total, 0u);
  if (labels_total == 0 || predictions_total == 0) return {};
  Scores out;
  out.recall = static_cast<double>(matched) / static_cast<double>(labels_total);
  out.precision = static_cast<double>(matched) / static_cast<double>(predictions_total);
  out.qualifier_accuracy =
      matched ? static_cast<double>(qualifier_ok) / static_cast<double>(matched) : 0.0;
  std::printf("labels %zu, predictions %zu, matched %zu, qualifiers right %zu\n", labels_total,
              predictions_total, matched, qualifier_ok);
  std::printf("recall %.3f  precision %.3f  qualifier accuracy %.3f\n", out.recall, out.precision,
              out.qualifier_accuracy);
  return out;
}

TEST(ExtractFixture, ScoresReachTheBarOnTheSeeds) {
  Scores s = Score(LabelPaths(kSeedLabels), CLAIMGRAPH_SEEDS_DIR);
  EXPECT_GE(s.recall, 0.95);
  EXPECT_GE(s.precision, 0.90);
  EXPECT_GE(s.qualifier_accuracy, 0.90);
}

TEST(ExtractFixture, ScoresReachTheBarOnTheArticles) {
  Scores s = Score(LabelPaths(kArticles), kArticles);
  EXPECT_GE(s.recall, 0.95);
  EXPECT_GE(s.precision, 0.90);
  EXPECT_GE(s.qualifier_accuracy, 0.90);
}

}  // namespace
}  // namespace claimgraph::extract
