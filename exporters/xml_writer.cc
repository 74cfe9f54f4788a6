#include "exporters/xml_writer.h"

#include <ostream>

namespace claimgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Length of the well-formed UTF-8 sequence at s[i] and its code point; 0 when the
// bytes there are not one (overlong, surrogate, above U+10FFFF, truncated).
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t extra = 0;
  uint32_t min = 0;
  uint32_t value = 0;
  if ((c & 0xE0) == 0xC0) {
    extra = 1, min = 0x80, value = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2, min = 0x800, value = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3, min = 0x10000, value = c & 0x07;
  } else {
    return 0;
  }
  if (s.size() - i <= extra) return 0;
  for (size_t k = 1; k <= extra; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    value = (value << 6) | (next & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return extra + 1;
}

}  // namespace

void AppendXmlEscaped(std::string_view text, std::string* out, uint64_t* replaced) {
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      // One replacement per bad byte, as a decoder would report them.
      out->append(kReplacement);
      ++*replaced;
      ++i;
      continue;
    }
    switch (cp) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&apos;");
        break;
      case '\t':
        out->append("&#9;");
        break;
      case '\n':
        out->append("&#10;");
        break;
      case '\r':
        out->append("&#13;");
        break;
      default:
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
          out->append(kReplacement);
          ++*replaced;
        } else {
          out->append(text.substr(i, len));
        }
    }
    i += len;
  }
}

void AppendValidUtf8(std::string_view text, std::string* out, uint64_t* replaced) {
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      out->append(kReplacement);
      ++*replaced;
      ++i;
    } else {
      out->append(text.substr(i, len));
      i += len;
    }
  }
}

XmlWriter::XmlWriter(std::ostream& out) : out_(out) {
  buffer_.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
}

void XmlWriter::Indent(size_t depth) {
  buffer_.push_back('\n');
  buffer_.append(2 * depth, ' ');
}

void XmlWriter::CloseStartTag() {
  if (start_tag_open_) {
    buffer_.push_back('>');
    start_tag_open_ = false;
  }
}

void XmlWriter::Start(std::string_view tag) {
  CloseStartTag();
  if (!stack_.empty()) stack_.back().has_children = true;
  if (stack_.empty() || !stack_.back().has_text) Indent(stack_.size());
  buffer_.push_back('<');
  buffer_.append(tag);
  stack_.push_back(Open{std::string(tag)});
  start_tag_open_ = true;
  if (buffer_.size() > (1 << 20)) Drain();
}

void XmlWriter::Attr(std::string_view name, std::string_view value) {
  buffer_.push_back(' ');
  buffer_.append(name);
  buffer_.append("=\"");
  AppendXmlEscaped(value, &buffer_, &replaced_);
  buffer_.push_back('"');
}

void XmlWriter::Text(std::string_view text) {
  CloseStartTag();
  if (!stack_.empty()) stack_.back().has_text = true;
  AppendXmlEscaped(text, &buffer_, &replaced_);
}

void XmlWriter::End() {
  if (stack_.empty()) return;
  Open open = std::move(stack_.back());
  stack_.pop_back();
  if (start_tag_open_) {
    buffer_.append("/>");
    start_tag_open_ = false;
    return;
  }
  if (open.has_children && !open.has_text) Indent(stack_.size());
  buffer_.append("</");
  buffer_.append(open.tag);
  buffer_.push_back('>');
}

void XmlWriter::Drain() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

bool XmlWriter::Finish() {
  while (!stack_.empty()) End();
  buffer_.push_back('\n');
  Drain();
  out_.flush();
  return static_cast<bool>(out_);
}

}  // namespace claimgraph
