#include "exporters/mentions/mentions_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>

namespace claimgraph::mentions {
namespace {

using extract::Mention;
using extract::Qualifier;

bool IsInteger(double v) { return std::isfinite(v) && std::fabs(v) < 9e15 && std::floor(v) == v; }

// Six significant digits for people to read ("0.666667", "311000").
std::string Display(double v) {
  if (IsInteger(v)) return FormatNumber(v);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

template <typename Writer>
void WriteNumberOrNull(Writer& w, const std::optional<double>& v) {
  if (!v) {
    w.Null();
  } else if (IsInteger(*v)) {
    w.Int64(static_cast<int64_t>(*v));
  } else {
    w.Double(*v);
  }
}

template <typename Writer>
void WriteString(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void WriteJson(std::span<const MentionsDocument> docs, Writer& w) {
  w.StartObject();
  w.Key("files");
  w.StartArray();
  for (const MentionsDocument& d : docs) {
    w.StartObject();
    w.Key("file");
    WriteString(w, d.file);
    w.Key("document");
    WriteString(w, d.document);
    w.Key("lang");
    WriteString(w, extract::LanguageCode(d.language));
    w.Key("mentions");
    w.Uint64(d.mentions.size());
    w.EndObject();
  }
  w.EndArray();
  w.Key("mentions");
  w.StartArray();
  for (const MentionsDocument& d : docs) {
    for (const Mention& m : d.mentions) {
      w.StartObject();
      w.Key("file");
      WriteString(w, d.file);
      w.Key("lang");
      WriteString(w, extract::LanguageCode(m.language));
      w.Key("start");
      w.Uint64(m.start);
      w.Key("end");
      w.Uint64(m.end);
      w.Key("text");
      WriteString(w, m.text);
      w.Key("value");
      WriteNumberOrNull(w, m.value);
      w.Key("min");
      WriteNumberOrNull(w, m.min);
      w.Key("max");
      WriteNumberOrNull(w, m.max);
      w.Key("qualifier");
      WriteString(w, extract::QualifierName(m.qualifier));
      w.Key("hedge");
      WriteString(w, m.hedge);
      w.Key("counted");
      WriteString(w, m.counted);
      w.Key("percent");
      w.Bool(m.percent);
      w.Key("currency");
      if (m.currency.empty()) {
        w.Null();
      } else {
        WriteString(w, m.currency);
      }
      w.Key("sentence_start");
      w.Uint64(m.sentence_start);
      w.Key("sentence_end");
      w.Uint64(m.sentence_end);
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
}

// RFC 4180: a field with a comma, quote, line break or edge space is quoted,
// its quotes doubled.
void CsvField(std::string_view s, std::string* out) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string FigureValue(const Mention& m) {
  if (m.value) return FormatNumber(*m.value);
  if (m.min && m.max) return FormatNumber(*m.min) + ".." + FormatNumber(*m.max);
  return "";
}

std::string Unit(const Mention& m) {
  if (m.percent) return "percent";
  return m.currency;
}

// The sentence on one line: line breaks and tabs become spaces.
std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  return out;
}

}  // namespace

Result<MentionsFormat> ParseMentionsFormat(std::string_view name) {
  if (name == "text") return MentionsFormat::kText;
  if (name == "json") return MentionsFormat::kJson;
  if (name == "csv") return MentionsFormat::kCsv;
  return Status::Usage("unknown format '" + std::string(name) + "' (expected text, json or csv)");
}

std::string FormatNumber(double v) {
  char buf[64];
  if (IsInteger(v)) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
    return ec == std::errc() ? std::string(buf, end) : std::string();
  }
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // shortest round trip
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string Reading(const Mention& m) {
  // Built by appending: "literal" + std::string trips g++ 12's -Wrestrict at -O3.
  const std::string_view pct = m.percent ? "%" : "";
  std::string out;
  auto num = [&](double v) {
    out += Display(v);
    out += pct;
  };
  if (!m.value) {
    if (!m.min || !m.max) return "?";
    out += '[';
    num(*m.min);
    out += ", ";
    num(*m.max);
    out += ']';
    return out;
  }
  const double v = *m.value;
  switch (m.qualifier) {
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan:
      out += m.qualifier == Qualifier::kAtLeast ? '[' : '(';
      num(v);
      out += ", ∞)";
      return out;
    case Qualifier::kAtMost:
      out += "(-∞, ";
      num(v);
      out += ']';
      return out;
    case Qualifier::kAbout:
      out += "≈";
      num(v);
      return out;
    case Qualifier::kExact:
    case Qualifier::kRange:
      break;
  }
  num(v);
  return out;
}

Status WriteMentionsJson(std::span<const MentionsDocument> docs, bool pretty, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    w.SetIndent(' ', 2);
    WriteJson(docs, w);
  } else {
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    WriteJson(docs, w);
  }
  out << '\n';
  if (!out) return Status::IoError("cannot write the JSON report");
  return Status();
}

Status WriteMentionsCsv(std::span<const MentionsDocument> docs, std::ostream& out) {
  std::string buf =
      "claim,proposition,value,qualifier,unit,as_of,source,stance,document,published,"
      "attributed_to,derived_from,quote,counted,text,hedge,start,end,file,lang\r\n";
  for (const MentionsDocument& d : docs) {
    for (const Mention& m : d.mentions) {
      // claim, proposition: empty (ids are generated; the person names the proposition)
      buf += ",,";
      CsvField(FigureValue(m), &buf);
      buf += ',';
      buf += extract::QualifierName(m.qualifier);
      buf += ',';
      CsvField(Unit(m), &buf);
      buf += ",,";  // as_of, then source: empty
      buf += ",";   // stance: empty (asserts)
      buf += ',';
      CsvField(d.document, &buf);
      buf += ",,,";  // published, attributed_to, derived_from
      buf += ',';
      CsvField(std::string_view(d.text).substr(m.sentence_start, m.sentence_end - m.sentence_start),
               &buf);
      buf += ',';
      CsvField(m.counted, &buf);
      buf += ',';
      CsvField(m.text, &buf);
      buf += ',';
      CsvField(m.hedge, &buf);
      buf += ',';
      buf += std::to_string(m.start);
      buf += ',';
      buf += std::to_string(m.end);
      buf += ',';
      CsvField(d.file, &buf);
      buf += ',';
      buf += extract::LanguageCode(m.language);
      buf += "\r\n";
    }
    if (buf.size() > (1u << 20)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
  if (!out) return Status::IoError("cannot write the CSV");
  return Status();
}

Status WriteMentionsText(std::span<const MentionsDocument> docs, std::ostream& out) {
  for (size_t di = 0; di < docs.size(); ++di) {
    const MentionsDocument& d = docs[di];
    if (di > 0) out << '\n';
    out << "== " << d.file << " (" << extract::LanguageCode(d.language)
        << "): " << d.mentions.size() << (d.mentions.size() == 1 ? " figure" : " figures") << '\n';
    size_t i = 0;
    while (i < d.mentions.size()) {
      // The mentions of one sentence, printed under it.
      size_t j = i;
      while (j < d.mentions.size() &&
             d.mentions[j].sentence_start == d.mentions[i].sentence_start) {
        ++j;
      }
      const Mention& first = d.mentions[i];
      std::string line;
      size_t pos = first.sentence_start;
      for (size_t k = i; k < j; ++k) {
        const Mention& m = d.mentions[k];
        line += OneLine(d.text.substr(pos, m.start - pos));
        line += "⟦";
        line += OneLine(d.text.substr(m.start, m.end - m.start));
        line += "⟧";
        pos = m.end;
      }
      line += OneLine(d.text.substr(pos, first.sentence_end - pos));
      out << "\n  " << line << '\n';
      for (size_t k = i; k < j; ++k) {
        const Mention& m = d.mentions[k];
        out << "    ";
        if (m.hedge.empty()) {
          out << m.text;
        } else if (m.hedge_follows) {
          out << m.text << (m.hedge == "+" ? "" : " ") << m.hedge;
        } else {
          out << m.hedge << ' ' << m.text;
        }
        out << " → " << Reading(m);
        if (!m.counted.empty()) out << ' ' << m.counted;
        if (m.qualifier == Qualifier::kRange && m.value) out << " (range)";
        out << '\n';
      }
      i = j;
    }
  }
  if (!out) return Status::IoError("cannot write the report");
  return Status();
}

Status WriteMentions(std::span<const MentionsDocument> docs, MentionsFormat format, bool pretty,
                     std::ostream& out) {
  switch (format) {
    case MentionsFormat::kJson:
      return WriteMentionsJson(docs, pretty, out);
    case MentionsFormat::kCsv:
      return WriteMentionsCsv(docs, out);
    case MentionsFormat::kText:
      break;
  }
  return WriteMentionsText(docs, out);
}

}  // namespace claimgraph::mentions
