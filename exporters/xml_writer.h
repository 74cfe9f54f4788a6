// A small streaming XML 1.0 writer for the GraphML and GEXF exporters: elements,
// attributes and text, every string escaped. Not a general XML library: no
// namespaces handling beyond writing xmlns attributes, no comments, no CDATA.
//
// Escaping: & < > " ' become entities; tab, newline and carriage return become
// character references (&#9; &#10; &#13;) so attribute-value and end-of-line
// normalisation cannot change them. Characters XML 1.0 cannot carry at all (C0
// controls other than those three, U+FFFE, U+FFFF) and bytes that are not
// well-formed UTF-8 are written as U+FFFD and counted in replaced().
#ifndef CLAIMGRAPH_EXPORTERS_XML_WRITER_H_
#define CLAIMGRAPH_EXPORTERS_XML_WRITER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

// Appends the escaped `text` to `out`; adds the number of replaced characters to
// `*replaced`.
void AppendXmlEscaped(std::string_view text, std::string* out, uint64_t* replaced);

// Appends `text` to `out` with every byte that is not part of well-formed UTF-8
// replaced by U+FFFD (counted in `*replaced`); for formats that can carry any
// character but need valid UTF-8 (JSON).
void AppendValidUtf8(std::string_view text, std::string* out, uint64_t* replaced);

class XmlWriter {
 public:
  // Writes the XML declaration. Output is buffered; Finish() flushes.
  explicit XmlWriter(std::ostream& out);

  // <tag ...: attributes may follow until the next Start, Text or End.
  void Start(std::string_view tag);
  void Attr(std::string_view name, std::string_view value);
  // Character data inside the current element (no indentation added around it).
  void Text(std::string_view text);
  // Closes the innermost open element ("/>" when it is empty).
  void End();
  // Closes every open element, writes a final newline and flushes. False when the
  // stream failed.
  bool Finish();

  uint64_t replaced() const { return replaced_; }

 private:
  struct Open {
    std::string tag;
    bool has_children = false;
    bool has_text = false;
  };
  void CloseStartTag();
  void Indent(size_t depth);
  void Drain();

  std::ostream& out_;
  std::string buffer_;
  std::vector<Open> stack_;
  bool start_tag_open_ = false;
  uint64_t replaced_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_XML_WRITER_H_
